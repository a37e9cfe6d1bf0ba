package cli

import (
	"syscall"
	"unsafe"
)

// isTTY asks the kernel whether fd is a terminal (TCGETS succeeds only
// on one).
func isTTY(fd uintptr) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, fd, uintptr(syscall.TCGETS), uintptr(unsafe.Pointer(&t)))
	return errno == 0
}
