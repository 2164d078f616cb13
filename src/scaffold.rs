//! Creating files for the user (`init`, `theme eject`) without ever overwriting one: each file
//! is created with `create_new`, so a file that exists, even one made a moment ago by another
//! program, is left exactly as it is and reported as kept.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What happened to each file.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Scaffolded {
    /// Files written.
    pub created: Vec<PathBuf>,
    /// Files that existed and were left untouched.
    pub kept: Vec<PathBuf>,
}

impl Scaffolded {
    /// Creates `path` (and its folders) with `text`, unless it exists.
    pub fn create(&mut self, path: &Path, text: &str) -> io::Result<()> {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
        {
            Ok(mut file) => {
                file.write_all(text.as_bytes())?;
                self.created.push(path.to_path_buf());
                Ok(())
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
                self.kept.push(path.to_path_buf());
                Ok(())
            }
            Err(error) => Err(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn existing_files_are_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/site.yaml");
        let mut done = Scaffolded::default();
        done.create(&path, "first").unwrap();
        done.create(&path, "second").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "first");
        assert_eq!(done.created, vec![path.clone()]);
        assert_eq!(done.kept, vec![path]);
    }
}
