module github.com/vocero/vocero

go 1.22

require (
	github.com/client9/misspell v0.3.4
	github.com/rivo/uniseg v0.4.7
	github.com/stretchr/testify v1.9.0
	github.com/yuin/goldmark v1.8.7
	go.yaml.in/yaml/v3 v3.0.4
	golang.org/x/net v0.33.0
	golang.org/x/text v0.21.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
