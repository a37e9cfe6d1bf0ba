package cli

import (
	"os"
	"syscall"
)

// readData reads a file to lint, refusing files larger than maxFileSize,
// with the fewest system calls: open, fstat, reads and close. os.Open
// would also try to register the file with the network poller and set
// its flags, twice as many calls, which on a tree of small posts cost as
// much as reading them. Errors are *os.PathError, as os.Open and Read
// give them.
func readData(path string) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, &os.PathError{Op: "stat", Path: path, Err: err}
	}
	if st.Size > maxFileSize {
		return nil, &tooLargeError{size: st.Size}
	}
	// One allocation of the right size, plus one byte to see that a file
	// grew while it was read (it then reads whole).
	data := make([]byte, 0, st.Size+1)
	for {
		if len(data) == cap(data) {
			if len(data) > maxFileSize {
				return nil, &tooLargeError{size: int64(len(data))}
			}
			data = append(data, 0)[:len(data)]
		}
		n, err := syscall.Read(fd, data[len(data):cap(data)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "read", Path: path, Err: err}
		}
		data = data[:len(data)+n]
		// Only a read of nothing is the end: some file systems (FUSE,
		// network) return short reads before it.
		if n == 0 {
			break
		}
	}
	if len(data) > maxFileSize {
		return nil, &tooLargeError{size: int64(len(data))}
	}
	return data, nil
}
