package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Reasons a fixed file is not written.
var (
	errReadOnly = errors.New("the file is not writable")
	errChanged  = errors.New("the file changed since it was read")
)

// maxFileSize is the largest file vocero reads (a post is a few KiB; a
// content export may be some MiB).
const maxFileSize = 128 << 20

// readFile reads a file and returns its bytes and the file's info at that
// moment, refusing files larger than maxFileSize.
func readFile(path string) ([]byte, os.FileInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if st.Size() > maxFileSize {
		return nil, st, &tooLargeError{size: st.Size()}
	}
	// One allocation of the right size (plus one byte, to see EOF without
	// growing); a file that grows while being read still reads whole.
	data := make([]byte, 0, st.Size()+1)
	for {
		if len(data) == cap(data) {
			if len(data) > maxFileSize {
				return nil, st, &tooLargeError{size: int64(len(data))}
			}
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, st, err
		}
	}
	if len(data) > maxFileSize {
		return nil, st, &tooLargeError{size: int64(len(data))}
	}
	return data, st, nil
}

type tooLargeError struct{ size int64 }

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("file of %d bytes, more than the maximum of %d", e.size, maxFileSize)
}

// writeFixed replaces the file at path with data, atomically: it writes a
// temporary file in the same folder, syncs it, gives it the old file's
// mode and renames it over the old file. It refuses when the file's mode
// has no owner write bit (even for root, who could write anyway), and when
// the file no longer holds old, the bytes it was fixed from.
func writeFixed(path string, old, data []byte, info os.FileInfo) (err error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	st, err := os.Stat(real)
	if err != nil {
		return err
	}
	if st.Mode().Perm()&0o200 == 0 {
		return errReadOnly
	}
	// The mode bits say yes; ask the system too (another owner, ACLs).
	f, err := os.OpenFile(real, os.O_WRONLY, 0)
	if errors.Is(err, os.ErrPermission) {
		return errReadOnly
	}
	if err != nil {
		return err
	}
	f.Close()
	if info != nil && (st.Size() != info.Size() || !st.ModTime().Equal(info.ModTime())) {
		return errChanged
	}
	now, _, err := readFile(real)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, old) {
		return errChanged
	}

	dir, base := filepath.Split(real)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".vocero-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(st.Mode().Perm()); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), real); err != nil {
		return err
	}
	// Make the rename itself durable.
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}
