//go:build !linux

package cli

// readData reads a file to lint, refusing files larger than maxFileSize.
func readData(path string) ([]byte, error) {
	data, _, err := readFile(path)
	return data, err
}
