//go:build !linux

package cli

// isTTY trusts the character-device check where no terminal ioctl is
// wired up.
func isTTY(uintptr) bool { return true }
