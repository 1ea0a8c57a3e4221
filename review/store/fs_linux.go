package store

import (
	"fmt"
	"syscall"
)

// Magic numbers of network file systems (statfs(2)), on which SQLite's WAL does not work.
var networkFS = map[int64]string{
	0x6969:     "NFS",
	0x517B:     "SMB",
	0xFF534D42: "CIFS",
	0xFE534D42: "SMB2",
	0x564c:     "NCP",
	0x73757245: "Coda",
	0x65735546: "FUSE (possibly a network mount)",
	0x47504653: "GPFS",
	0x0BD00BD0: "Lustre",
}

func checkLocalFS(dir string) error {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return fmt.Errorf("data directory %s: %w", dir, err)
	}
	if name, ok := networkFS[int64(st.Type)]; ok && name != "FUSE (possibly a network mount)" {
		return fmt.Errorf("data directory %s is on a network file system (%s): SQLite's WAL mode does not work there and data could be lost; use a local disk", dir, name)
	}
	return nil
}
