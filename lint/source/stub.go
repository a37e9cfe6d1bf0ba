package source

import "github.com/vocero/vocero/lint"

func readMarkdown(path string, data []byte) ([]lint.Post, error) { return readText(path, data) }
func readJSONL(path string, data []byte) ([]lint.Post, error)    { return nil, errorf(path, 0, "not implemented") }
func readCSV(path string, data []byte) ([]lint.Post, error)      { return nil, errorf(path, 0, "not implemented") }
