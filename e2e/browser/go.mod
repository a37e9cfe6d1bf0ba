module github.com/vocero/vocero/e2e/browser

go 1.25

require (
	github.com/chromedp/chromedp v0.23.1
	github.com/vocero/vocero v0.0.0
)

require (
	github.com/chromedp/cdproto v0.160.1 // indirect
	github.com/client9/misspell v0.3.4 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	go.yaml.in/yaml/v3 v3.0.4 // indirect
	golang.org/x/net v0.33.0 // indirect
	golang.org/x/text v0.21.0 // indirect
)

replace github.com/vocero/vocero => ../..
