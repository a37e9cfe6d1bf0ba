package source

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/vocero/vocero/lint"
)

func readText(path string, data []byte) ([]lint.Post, error) {
	if err := checkText(path, data); err != nil {
		return nil, err
	}
	return []lint.Post{{Path: path, Text: string(data), Origins: bomOrigins(data)}}, nil
}

// checkText rejects bytes that are not text: invalid UTF-8 and NUL bytes
// (a binary file), naming the line and column of the first bad byte.
func checkText(path string, data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := lineCol(data, i)
		return errorf(path, line, "column %d: NUL byte: this looks like a binary file, not a post", col)
	}
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			line, col := lineCol(data, i)
			return errorf(path, line, "column %d: invalid UTF-8 (byte 0x%02x); save the file as UTF-8", col, data[i])
		}
		i += n
	}
	return nil
}

// lineCol returns the 1-based line and code-point column of byte offset i.
func lineCol(data []byte, i int) (int, int) {
	line := 1 + bytes.Count(data[:i], []byte{'\n'})
	start := bytes.LastIndexByte(data[:i], '\n') + 1
	return line, utf8.RuneCount(data[start:i]) + 1
}

// bom is the UTF-8 byte order mark some editors and spreadsheets write.
var bom = []byte{0xEF, 0xBB, 0xBF}

// checkString rejects decoded text that cannot be a post.
func checkString(s string) error {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return msgErrorf("NUL character at column %d", utf8.RuneCountInString(s[:i])+1)
	}
	return nil
}
