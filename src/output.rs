//! Stage 6: writing the site, without ever losing a user's files.
//!
//! A build writes into a fresh temporary folder next to the output folder and swaps it in only
//! when everything succeeded, so a failed build leaves the previous output exactly as it was.
//! The output folder carries a marker file; leafpress refuses to replace a non-empty folder
//! without it (it may be the user's own), and refuses output folders that are the site root,
//! contain `content/`, or contain the site. Leftovers of an interrupted build are recognised by
//! their marker and removed by the next build. On Linux the old and new folders are exchanged
//! in one system call, so even a build killed at that moment leaves one whole output.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use thiserror::Error;

/// The marker file in every output folder leafpress made.
pub const MARKER: &str = ".leafpress-output";
const MARKER_TEXT: &str = "This folder was made by `leafpress build`, which deletes and replaces it on every build.\nDo not keep your own files here.\n";

/// Why the output folder cannot be used.
#[derive(Debug, Error)]
pub enum OutputError {
    /// The folder is the site itself, or holds it.
    #[error("refusing to build into `{0}`: it is the site folder or contains it")]
    ContainsSite(PathBuf),
    /// The folder has files leafpress did not make.
    #[error(
        "refusing to replace `{0}`: it is not empty and was not made by leafpress (no `{MARKER}` file in it)"
    )]
    NotOurs(PathBuf),
    /// A file-system error, with the path it happened on.
    #[error("cannot write `{path}`: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The error.
        source: io::Error,
    },
}

impl OutputError {
    /// The sentence that tells the user what to do.
    pub fn help(&self) -> &'static str {
        match self {
            OutputError::ContainsSite(_) => "choose another folder with `--output`, e.g. `public`",
            OutputError::NotOurs(_) => {
                "choose an empty or new folder with `--output`, or move your files out of this one"
            }
            OutputError::Io { .. } => {
                "check the disk has room and that you may write to that folder"
            }
        }
    }
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Where rendered files go: the output folder, or nowhere (`check` renders every page to find
/// template errors, then discards them).
pub trait Sink: Sync {
    /// Writes a file at `path` (relative, `/`-separated).
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError>;
    /// A writer for a file written in pieces (the sitemap).
    fn writer(&self, path: &str) -> Result<Box<dyn io::Write + '_>, OutputError>;
    /// Writes a file whose bytes the caller no longer needs; a sink that keeps files in memory
    /// takes them without a copy.
    fn write_owned(&self, path: &str, bytes: Vec<u8>) -> Result<(), OutputError> {
        self.write(path, &bytes)
    }
}

/// A sink that keeps nothing.
#[derive(Debug, Default)]
pub struct Discard;

impl Sink for Discard {
    fn write(&self, _path: &str, _bytes: &[u8]) -> Result<(), OutputError> {
        Ok(())
    }

    fn writer(&self, _path: &str) -> Result<Box<dyn io::Write + '_>, OutputError> {
        Ok(Box::new(io::sink()))
    }
}

/// A sink that keeps every file in memory, for `serve`.
#[derive(Debug, Default)]
pub struct Memory {
    files: std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>>,
}

impl Memory {
    /// The files written, by path.
    pub fn into_files(self) -> std::collections::HashMap<String, Vec<u8>> {
        self.files
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A writer that stores its bytes in a [`Memory`] when dropped.
struct MemoryFile<'a> {
    memory: &'a Memory,
    path: String,
    bytes: Vec<u8>,
}

impl io::Write for MemoryFile<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for MemoryFile<'_> {
    fn drop(&mut self) {
        let bytes = std::mem::take(&mut self.bytes);
        let _ = self.memory.write_owned(&self.path, bytes);
    }
}

impl Sink for Memory {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError> {
        self.write_owned(path, bytes.to_vec())
    }

    fn write_owned(&self, path: &str, bytes: Vec<u8>) -> Result<(), OutputError> {
        self.files
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(path.to_string(), bytes);
        Ok(())
    }

    fn writer(&self, path: &str) -> Result<Box<dyn io::Write + '_>, OutputError> {
        Ok(Box::new(MemoryFile {
            memory: self,
            path: path.to_string(),
            bytes: Vec::new(),
        }))
    }
}

impl Sink for Output {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError> {
        Output::write(self, path, bytes)
    }

    fn writer(&self, path: &str) -> Result<Box<dyn io::Write + '_>, OutputError> {
        Ok(Box::new(io::BufWriter::new(self.create(path)?)))
    }
}

/// An output being written: a temporary folder that becomes the output on [`Output::commit`].
#[derive(Debug)]
pub struct Output {
    target: PathBuf,
    temp: PathBuf,
}

impl Output {
    /// Checks that `target` may be (re)built for the site at `root` and creates the temporary
    /// folder, after removing leftovers of earlier interrupted builds.
    pub fn prepare(root: &Path, target: &Path) -> Result<Output, OutputError> {
        let root = fs::canonicalize(root).map_err(io_error(root))?;
        let target = absolute(target)?;
        if root.starts_with(&target) || target.join("content").is_dir() {
            return Err(OutputError::ContainsSite(target));
        }
        if target.is_dir()
            && !target.join(MARKER).is_file()
            && fs::read_dir(&target)
                .map_err(io_error(&target))?
                .next()
                .is_some()
        {
            return Err(OutputError::NotOurs(target));
        }
        let parent = target
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("/"));
        fs::create_dir_all(&parent).map_err(io_error(&parent))?;
        remove_leftovers(&parent, &file_name(&target));
        let temp = parent.join(format!(
            "{}.leafpress-tmp-{}",
            file_name(&target),
            std::process::id()
        ));
        if temp.exists() {
            fs::remove_dir_all(&temp).map_err(io_error(&temp))?;
        }
        fs::create_dir(&temp).map_err(io_error(&temp))?;
        fs::write(temp.join(MARKER), MARKER_TEXT).map_err(io_error(&temp))?;
        Ok(Output { target, temp })
    }

    /// Writes a file at `path` (relative, `/`-separated) inside the output.
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError> {
        let full = self.path_of(path)?;
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        fs::write(&full, bytes).map_err(io_error(&full))
    }

    /// Creates a file at `path` inside the output, for streamed writing.
    pub fn create(&self, path: &str) -> Result<fs::File, OutputError> {
        let full = self.path_of(path)?;
        fs::File::create(&full).map_err(io_error(&full))
    }

    /// The full path of `path` inside the temporary folder; refuses anything that would leave it.
    fn path_of(&self, path: &str) -> Result<PathBuf, OutputError> {
        let relative = Path::new(path);
        if !relative
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
        {
            return Err(OutputError::Io {
                path: relative.to_path_buf(),
                source: io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "this path would leave the output folder",
                ),
            });
        }
        Ok(self.temp.join(relative))
    }

    /// Replaces the output folder with the finished temporary one.
    pub fn commit(self) -> Result<PathBuf, OutputError> {
        if self.target.exists() && exchange(&self.temp, &self.target).is_ok() {
            // The temporary folder now holds the previous output.
            fs::remove_dir_all(&self.temp).map_err(io_error(&self.temp))?;
            return Ok(self.target.clone());
        }
        let old = self.temp.with_file_name(format!(
            "{}.leafpress-old-{}",
            file_name(&self.target),
            std::process::id()
        ));
        let had_old = self.target.exists();
        if had_old {
            fs::rename(&self.target, &old).map_err(io_error(&self.target))?;
        }
        if let Err(error) = fs::rename(&self.temp, &self.target) {
            if had_old {
                let _ = fs::rename(&old, &self.target);
            }
            return Err(io_error(&self.target)(error));
        }
        if had_old {
            fs::remove_dir_all(&old).map_err(io_error(&old))?;
        }
        Ok(self.target.clone())
    }

    /// Removes the temporary folder of a failed build; the output is untouched.
    pub fn abandon(self) {
        let _ = fs::remove_dir_all(&self.temp);
    }
}

/// Swaps two folders in one step, so that no reader (nor a kill) ever sees neither: Linux's
/// `renameat2(RENAME_EXCHANGE)`. Elsewhere, or where the file system refuses, the caller falls
/// back to two renames.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "no atomic exchange here",
    ))
}

fn absolute(path: &Path) -> Result<PathBuf, OutputError> {
    let absolute = std::path::absolute(path).map_err(io_error(path))?;
    let mut clean = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    // Resolve links in the part that exists, so `out -> .` is seen for what it is.
    match fs::canonicalize(&clean) {
        Ok(real) => Ok(real),
        Err(_) => match (
            clean.parent().and_then(|p| fs::canonicalize(p).ok()),
            clean.file_name(),
        ) {
            (Some(parent), Some(name)) => Ok(parent.join(name)),
            _ => Ok(clean),
        },
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into())
}

/// Removes `<name>.leafpress-tmp-*` and `<name>.leafpress-old-*` folders that carry our marker.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let entry_name = entry.file_name().to_string_lossy().into_owned();
        let ours = entry_name.starts_with(&format!("{name}.leafpress-tmp-"))
            || entry_name.starts_with(&format!("{name}.leafpress-old-"));
        if !ours {
            continue;
        }
        if entry.path().join(MARKER).is_file() {
            let _ = fs::remove_dir_all(entry.path());
        } else {
            // A build killed between creating its folder and writing the marker leaves it
            // empty; an empty folder holds nothing of anyone's, and `remove_dir` refuses any
            // other.
            let _ = fs::remove_dir(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("content")).unwrap();
        fs::write(dir.path().join("site.yaml"), "").unwrap();
        dir
    }

    #[test]
    fn an_empty_leftover_folder_is_removed_and_a_full_unmarked_one_kept() {
        let dir = site();
        let empty = dir.path().join("public.leafpress-tmp-1");
        let full = dir.path().join("public.leafpress-tmp-2");
        fs::create_dir(&empty).unwrap();
        fs::create_dir(&full).unwrap();
        fs::write(full.join("mine.txt"), "keep").unwrap();
        let output = Output::prepare(dir.path(), &dir.path().join("public")).unwrap();
        output.abandon();
        assert!(!empty.exists());
        assert!(full.join("mine.txt").is_file(), "not ours: kept");
    }

    #[test]
    fn commit_replaces_and_abandon_keeps_the_old_output() {
        let dir = site();
        let target = dir.path().join("public");
        let output = Output::prepare(dir.path(), &target).unwrap();
        output.write("en/index.html", b"one").unwrap();
        output.commit().unwrap();
        let output = Output::prepare(dir.path(), &target).unwrap();
        output.write("en/index.html", b"two").unwrap();
        output.abandon();
        assert_eq!(fs::read(target.join("en/index.html")).unwrap(), b"one");
        let output = Output::prepare(dir.path(), &target).unwrap();
        output.write("fr/index.html", b"three").unwrap();
        output.commit().unwrap();
        assert!(!target.join("en/index.html").exists());
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 3, "no leftovers: {names:?}");
    }

    #[test]
    fn refuses_folders_it_did_not_make_and_the_site_itself() {
        let dir = site();
        let mine = dir.path().join("mine");
        fs::create_dir(&mine).unwrap();
        fs::write(mine.join("thesis.docx"), b"precious").unwrap();
        assert!(matches!(
            Output::prepare(dir.path(), &mine),
            Err(OutputError::NotOurs(_))
        ));
        assert!(matches!(
            Output::prepare(dir.path(), dir.path()),
            Err(OutputError::ContainsSite(_))
        ));
        let parent = dir.path().join("..");
        assert!(matches!(
            Output::prepare(dir.path(), &parent),
            Err(OutputError::ContainsSite(_))
        ));
        assert_eq!(fs::read(mine.join("thesis.docx")).unwrap(), b"precious");
    }

    #[test]
    fn paths_cannot_leave_the_output() {
        let dir = site();
        let output = Output::prepare(dir.path(), &dir.path().join("public")).unwrap();
        assert!(output.write("../escape.html", b"x").is_err());
        assert!(output.write("/etc/x", b"x").is_err());
        output.abandon();
    }
}
