//go:build !linux

package store

func checkLocalFS(dir string) error { return nil }
