//! The build lock: one build at a time into one output folder.
//!
//! A build holds an exclusive `flock` on `<output>.leafpress-lock`, next to the output, from
//! before it looks at the output until its swap and clean-up are done. A second build into the
//! same folder does not wait: it stops at once with exit code 2, because a queued build would
//! only redo the same work, and a user who started two builds should hear about it. The kernel
//! releases the lock when a build dies, so a killed build never blocks the next one. The lock
//! file is removed on release; a build that locked a file another build had just removed sees
//! that the path no longer names its file and tries again. Off Linux there is no lock.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// A held lock on one output folder; released (and its file removed) when dropped.
#[derive(Debug)]
pub struct BuildLock {
    path: PathBuf,
    #[cfg(target_os = "linux")]
    _file: fs::File,
}

/// Why the lock could not be taken.
#[derive(Debug)]
pub enum LockError {
    /// Another build holds it.
    Busy,
    /// The lock file could not be made or locked.
    Io(io::Error),
}

impl BuildLock {
    /// Takes the lock at `path`, or says who holds it.
    #[cfg(target_os = "linux")]
    pub fn acquire(path: &Path) -> Result<BuildLock, LockError> {
        use rustix::fs::{FlockOperation, flock};
        use std::os::unix::fs::MetadataExt;
        loop {
            let file = fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(path)
                .map_err(LockError::Io)?;
            match flock(&file, FlockOperation::NonBlockingLockExclusive) {
                Ok(()) => {}
                Err(rustix::io::Errno::WOULDBLOCK) => return Err(LockError::Busy),
                Err(error) => return Err(LockError::Io(error.into())),
            }
            let held = file.metadata().map_err(LockError::Io)?;
            match fs::metadata(path) {
                // Still the file at the path: ours.
                Ok(now) if now.dev() == held.dev() && now.ino() == held.ino() => {
                    return Ok(BuildLock {
                        path: path.to_path_buf(),
                        _file: file,
                    });
                }
                // The previous holder removed it between our open and our lock: try again.
                Ok(_) => continue,
                Err(error) if error.kind() == io::ErrorKind::NotFound => continue,
                Err(error) => return Err(LockError::Io(error)),
            }
        }
    }

    /// Off Linux: no lock (documented in the README).
    #[cfg(not(target_os = "linux"))]
    pub fn acquire(path: &Path) -> Result<BuildLock, LockError> {
        Ok(BuildLock {
            path: path.to_path_buf(),
        })
    }
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        // Removed while still held, so no other build ever holds a lock on a removed file
        // that the path still names.
        #[cfg(target_os = "linux")]
        let _ = fs::remove_file(&self.path);
        #[cfg(not(target_os = "linux"))]
        let _ = &self.path;
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_until_the_first_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("public.leafpress-lock");
        let first = BuildLock::acquire(&path).unwrap();
        assert!(matches!(BuildLock::acquire(&path), Err(LockError::Busy)));
        drop(first);
        assert!(!path.exists(), "the lock file is removed on release");
        let again = BuildLock::acquire(&path).unwrap();
        drop(again);
    }
}
