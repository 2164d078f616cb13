//! Stage 6: writing the site, without ever losing a user's files.
//!
//! A build writes into a fresh temporary folder next to the output folder and swaps it in only
//! when everything succeeded, so a failed build leaves the previous output exactly as it was.
//! The output folder carries a marker file; leafpress refuses to replace a non-empty folder
//! without it (it may be the user's own), and refuses output folders that are the site root,
//! contain `content/`, or contain the site; outputs inside a folder the build reads (`content/`,
//! `locales/`, `static/`, `themes/`, which would publish the site into itself); and outputs that
//! are files. One build at a time holds the lock of an output folder ([`lock`]).
//!
//! The marker is the first file written into a new output and the last removed from an old
//! one, so a build killed at any moment leaves folders that are either marked or empty, and the
//! next build recognises them as leftovers and removes them. On Linux the old and new folders are
//! exchanged in one system call, so even a build killed at that moment leaves one whole output.
//! A folder that cannot be renamed over (a mount point) is built in a temporary folder inside
//! it, and its entries are swapped instead.

mod lock;

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use thiserror::Error;

use lock::{BuildLock, LockError};

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
    /// The folder lies inside a folder the build reads.
    #[error(
        "refusing to build into `{output}`: it is inside the site's `{folder}/` folder, which the build reads"
    )]
    InsideInput {
        /// The output folder.
        output: PathBuf,
        /// The input folder holding it.
        folder: &'static str,
    },
    /// The path names a file (or a link to one, or to nothing), not a folder.
    #[error("refusing to build into `{0}`: it is a file, not a folder; nothing was changed")]
    NotAFolder(PathBuf),
    /// Another build is writing this output.
    #[error("another leafpress build is writing `{0}`; wait for it to finish")]
    Busy(PathBuf),
    /// The output folder could not be renamed over.
    #[error("cannot replace `{path}`: {source}")]
    CannotReplace {
        /// The path.
        path: PathBuf,
        /// The error.
        source: io::Error,
    },
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
            OutputError::InsideInput { .. } => {
                "choose an output outside `content/`, `locales/`, `static/` and `themes/`, e.g. `public`"
            }
            OutputError::NotAFolder(_) => {
                "name a folder (new or made by leafpress) with `--output`, e.g. `public`"
            }
            OutputError::Busy(_) => "wait for the other build to finish, then run this one again",
            OutputError::CannotReplace { .. } => {
                "build into a folder inside it (`--output public/site`), or check you may rename it"
            }
            OutputError::Io { .. } => {
                "check the disk has room and that you may write to that folder"
            }
        }
    }
}

/// A failed rename of the output folder itself: `EBUSY` and `EXDEV` mean it cannot be renamed
/// over, which the disk's free space does not explain.
fn cannot_replace(path: &Path) -> impl FnOnce(io::Error) -> OutputError + '_ {
    move |source| match source.kind() {
        io::ErrorKind::ResourceBusy | io::ErrorKind::CrossesDevices => OutputError::CannotReplace {
            path: path.to_path_buf(),
            source,
        },
        _ => io_error(path)(source),
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
    /// A writer for a file written in pieces (the sitemap, the translators' page).
    fn writer(&self, path: &str) -> Result<Box<dyn io::Write + '_>, OutputError>;
    /// Writes a file whose bytes the caller no longer needs; a sink that keeps files in memory
    /// takes them without a copy.
    fn write_owned(&self, path: &str, bytes: Vec<u8>) -> Result<(), OutputError> {
        self.write(path, &bytes)
    }
    /// True when nothing written is kept, so files that are not checked need not be made.
    fn discards(&self) -> bool {
        false
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

    fn discards(&self) -> bool {
        true
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

/// Where the temporary folder lives, and so how the finished build replaces the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Beside the output, which is then replaced as a whole (one exchange on Linux).
    Beside,
    /// Inside the output, whose entries are then swapped: for a folder that cannot be renamed
    /// over, such as a mount point (a container volume, a USB stick).
    Inside,
}

/// An output being written: a temporary folder that becomes the output on [`Output::commit`].
/// It holds the build lock until it is committed or abandoned.
#[derive(Debug)]
pub struct Output {
    target: PathBuf,
    temp: PathBuf,
    layout: Layout,
    _lock: BuildLock,
}

/// The site folders a build reads; an output inside one would be read as input or published
/// into itself.
const INPUT_FOLDERS: [&str; 4] = ["content", "locales", "static", "themes"];

impl Output {
    /// Checks that `target` may be (re)built for the site at `root`, takes the build lock, and
    /// creates the temporary folder, after removing leftovers of earlier interrupted builds.
    pub fn prepare(root: &Path, target: &Path) -> Result<Output, OutputError> {
        Output::prepare_as(root, target, None)
    }

    /// [`Output::prepare`], with the layout forced (for tests) or found from the folder.
    fn prepare_as(
        root: &Path,
        target: &Path,
        layout: Option<Layout>,
    ) -> Result<Output, OutputError> {
        let root = fs::canonicalize(root).map_err(io_error(root))?;
        let target = absolute(target)?;
        refuse_unusable(&root, &target)?;
        let parent = target
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("/"));
        fs::create_dir_all(&parent).map_err(io_error(&parent))?;
        let name = file_name(&target);
        let lock_path = parent.join(format!("{name}.leafpress-lock"));
        let lock = BuildLock::acquire(&lock_path).map_err(|error| match error {
            LockError::Busy => OutputError::Busy(target.clone()),
            LockError::Io(source) => OutputError::Io {
                path: lock_path.clone(),
                source,
            },
        })?;
        // Checked under the lock: no other build is between its renames now.
        if target.is_dir() && !target.join(MARKER).is_file() && !is_empty(&target)? {
            return Err(OutputError::NotOurs(target));
        }
        let layout = layout.unwrap_or_else(|| {
            if target.is_dir() && is_mount_point(&target) {
                Layout::Inside
            } else {
                Layout::Beside
            }
        });
        let (folder, prefix) = match layout {
            Layout::Beside => (parent, format!("{name}.")),
            Layout::Inside => {
                // The marker is the first thing written into a new output.
                if !target.join(MARKER).is_file() {
                    write_marker(&target)?;
                }
                (target.clone(), ".".to_string())
            }
        };
        remove_leftovers(&folder, &prefix);
        let temp = folder.join(format!("{prefix}leafpress-tmp-{}", std::process::id()));
        if temp.exists() {
            remove_output(&temp).map_err(io_error(&temp))?;
        }
        fs::create_dir(&temp).map_err(io_error(&temp))?;
        write_marker(&temp)?;
        Ok(Output {
            target,
            temp,
            layout,
            _lock: lock,
        })
    }

    /// Writes a file at `path` (relative, `/`-separated) inside the output.
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<(), OutputError> {
        let full = self.path_of(path)?;
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        fs::write(&full, bytes).map_err(io_error(&full))
    }

    /// Creates a file at `path` inside the output (and its folder), for streamed writing.
    pub fn create(&self, path: &str) -> Result<fs::File, OutputError> {
        let full = self.path_of(path)?;
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
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

    /// Replaces the output with the finished temporary folder. On failure the temporary folder
    /// is removed and the error says which path refused.
    pub fn commit(self) -> Result<PathBuf, OutputError> {
        let swapped = match self.layout {
            Layout::Beside => self.swap_folder(),
            Layout::Inside => self.swap_contents(),
        };
        if swapped.is_err() {
            let _ = remove_output(&self.temp);
        }
        swapped.map(|()| self.target.clone())
    }

    /// Replaces the output folder as a whole: one exchange on Linux, else two renames.
    fn swap_folder(&self) -> Result<(), OutputError> {
        if self.target.exists() && exchange(&self.temp, &self.target).is_ok() {
            // The temporary folder now holds the previous output.
            return remove_output(&self.temp).map_err(io_error(&self.temp));
        }
        let old = self.temp.with_file_name(format!(
            "{}.leafpress-old-{}",
            file_name(&self.target),
            std::process::id()
        ));
        let had_old = self.target.exists();
        if had_old {
            fs::rename(&self.target, &old).map_err(cannot_replace(&self.target))?;
        }
        if let Err(error) = fs::rename(&self.temp, &self.target) {
            if had_old {
                let _ = fs::rename(&old, &self.target);
            }
            return Err(cannot_replace(&self.target)(error));
        }
        if had_old {
            remove_output(&old).map_err(io_error(&old))?;
        }
        Ok(())
    }

    /// Replaces the output's entries, keeping the folder itself: the old entries move into a
    /// marked `.leafpress-old-*` folder inside it, then the new ones move up from the temporary
    /// folder. Only these renames separate the old site from the new one.
    fn swap_contents(&self) -> Result<(), OutputError> {
        let old = self
            .target
            .join(format!(".leafpress-old-{}", std::process::id()));
        fs::create_dir(&old).map_err(io_error(&old))?;
        write_marker(&old)?;
        let keep = [MARKER, &file_name(&self.temp), &file_name(&old)];
        for name in entry_names(&self.target)? {
            if !keep.iter().any(|k| name.as_os_str() == *k) {
                let from = self.target.join(&name);
                fs::rename(&from, old.join(&name)).map_err(io_error(&from))?;
            }
        }
        for name in entry_names(&self.temp)? {
            if name.as_os_str() != MARKER {
                let from = self.temp.join(&name);
                fs::rename(&from, self.target.join(&name)).map_err(io_error(&from))?;
            }
        }
        remove_output(&self.temp).map_err(io_error(&self.temp))?;
        remove_output(&old).map_err(io_error(&old))
    }

    /// Removes the temporary folder of a failed build; the output is untouched.
    pub fn abandon(self) {
        let _ = remove_output(&self.temp);
    }
}

/// Refuses outputs that are the site or hold it, lie inside a folder the build reads, or are
/// not a folder at all. Nothing has been created yet when this refuses.
fn refuse_unusable(root: &Path, target: &Path) -> Result<(), OutputError> {
    if root.starts_with(target) || target.join("content").is_dir() {
        return Err(OutputError::ContainsSite(target.to_path_buf()));
    }
    for folder in INPUT_FOLDERS {
        let input = fs::canonicalize(root.join(folder)).unwrap_or_else(|_| root.join(folder));
        if target.starts_with(&input) {
            return Err(OutputError::InsideInput {
                output: target.to_path_buf(),
                folder,
            });
        }
    }
    // `symlink_metadata` also sees a link to nowhere, which a rename would replace.
    if fs::symlink_metadata(target).is_ok() && !target.is_dir() {
        return Err(OutputError::NotAFolder(target.to_path_buf()));
    }
    Ok(())
}

fn write_marker(folder: &Path) -> Result<(), OutputError> {
    let marker = folder.join(MARKER);
    fs::write(&marker, MARKER_TEXT).map_err(io_error(&marker))
}

fn is_empty(folder: &Path) -> Result<bool, OutputError> {
    Ok(fs::read_dir(folder)
        .map_err(io_error(folder))?
        .next()
        .is_none())
}

/// The names in a folder, read before any of them is moved.
fn entry_names(folder: &Path) -> Result<Vec<std::ffi::OsString>, OutputError> {
    fs::read_dir(folder)
        .and_then(|entries| entries.map(|e| e.map(|e| e.file_name())).collect())
        .map_err(io_error(folder))
}

/// Removes an output folder with its marker last, so that a build killed half-way through
/// leaves a marked folder the next build recognises as its own and removes.
fn remove_output(folder: &Path) -> io::Result<()> {
    for entry in fs::read_dir(folder)? {
        let entry = entry?;
        if entry.file_name() == MARKER {
            continue;
        }
        if entry.file_type()?.is_dir() {
            fs::remove_dir_all(entry.path())?;
        } else {
            fs::remove_file(entry.path())?;
        }
    }
    match fs::remove_file(folder.join(MARKER)) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
        _ => {}
    }
    fs::remove_dir(folder)
}

/// Whether `folder` is the root of a mount, which cannot be renamed over (`EBUSY`): `statx`'s
/// mount-root attribute where the kernel has it, else a device that differs from its parent's.
#[cfg(target_os = "linux")]
fn is_mount_point(folder: &Path) -> bool {
    use rustix::fs::{AtFlags, CWD, StatxAttributes, StatxFlags, statx};
    if let Ok(stat) = statx(
        CWD,
        folder,
        AtFlags::NO_AUTOMOUNT | AtFlags::SYMLINK_NOFOLLOW,
        StatxFlags::empty(),
    ) && stat
        .stx_attributes_mask
        .contains(StatxAttributes::MOUNT_ROOT)
    {
        return stat.stx_attributes.contains(StatxAttributes::MOUNT_ROOT);
    }
    different_device_from_parent(folder)
}

#[cfg(not(target_os = "linux"))]
fn is_mount_point(folder: &Path) -> bool {
    different_device_from_parent(folder)
}

#[cfg(unix)]
fn different_device_from_parent(folder: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(folder), folder.parent().map(fs::metadata)) {
        (Ok(this), Some(Ok(parent))) => this.dev() != parent.dev(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn different_device_from_parent(_folder: &Path) -> bool {
    false
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

/// Removes `<prefix>leafpress-tmp-*` and `<prefix>leafpress-old-*` folders in `folder` that
/// carry our marker or are empty: leftovers of killed builds. Called under the build lock, so
/// no running build owns one.
fn remove_leftovers(folder: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let entry_name = entry.file_name().to_string_lossy().into_owned();
        let ours = entry_name.starts_with(&format!("{prefix}leafpress-tmp-"))
            || entry_name.starts_with(&format!("{prefix}leafpress-old-"));
        if !ours || !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        if entry.path().join(MARKER).is_file() {
            let _ = remove_output(&entry.path());
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
    fn a_streamed_file_gets_its_folder_as_a_written_one_does() {
        let dir = site();
        let target = dir.path().join("public");
        let output = Output::prepare(dir.path(), &target).unwrap();
        let mut out = Sink::writer(&output, "translation-status/index.html").unwrap();
        out.write_all(b"<table>").unwrap();
        out.flush().unwrap();
        drop(out);
        output.commit().unwrap();
        let written = fs::read(target.join("translation-status/index.html")).unwrap();
        assert_eq!(written, b"<table>");
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
    fn a_second_build_into_one_folder_is_refused_while_the_first_runs() {
        let dir = site();
        let target = dir.path().join("public");
        let first = Output::prepare(dir.path(), &target).unwrap();
        let second = Output::prepare(dir.path(), &dir.path().join("./public"));
        assert!(matches!(second, Err(OutputError::Busy(_))), "{second:?}");
        first.write("en/index.html", b"one").unwrap();
        first.commit().unwrap();
        assert_eq!(fs::read(target.join("en/index.html")).unwrap(), b"one");
        Output::prepare(dir.path(), &target).unwrap().abandon();
    }

    #[cfg(unix)]
    #[test]
    fn files_links_to_files_and_input_folders_are_refused_before_anything_is_made() {
        let dir = site();
        fs::create_dir(dir.path().join("static")).unwrap();
        std::os::unix::fs::symlink("site.yaml", dir.path().join("link")).unwrap();
        std::os::unix::fs::symlink("nowhere", dir.path().join("dangling")).unwrap();
        for name in ["site.yaml", "link", "dangling"] {
            let result = Output::prepare(dir.path(), &dir.path().join(name));
            assert!(matches!(result, Err(OutputError::NotAFolder(_))), "{name}");
        }
        for name in ["static/site", "content/x"] {
            let result = Output::prepare(dir.path(), &dir.path().join(name));
            assert!(
                matches!(result, Err(OutputError::InsideInput { .. })),
                "{name}"
            );
        }
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(
            names,
            ["content", "dangling", "link", "site.yaml", "static"]
        );
    }

    #[test]
    fn a_marked_leftover_of_a_killed_clean_up_is_removed() {
        let dir = site();
        let killed = dir.path().join("public.leafpress-old-7");
        fs::create_dir_all(killed.join("en/half")).unwrap();
        fs::write(killed.join(MARKER), MARKER_TEXT).unwrap();
        Output::prepare(dir.path(), &dir.path().join("public"))
            .unwrap()
            .abandon();
        assert!(!killed.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_that_cannot_be_renamed_over_gets_its_entries_swapped() {
        use std::os::unix::fs::MetadataExt;
        let dir = site();
        let target = dir.path().join("public");
        fs::create_dir(&target).unwrap();
        let inode = fs::metadata(&target).unwrap().ino();
        for round in ["one", "two"] {
            let output = Output::prepare_as(dir.path(), &target, Some(Layout::Inside)).unwrap();
            assert!(target.join(MARKER).is_file(), "marked before anything else");
            output
                .write(&format!("{round}/index.html"), round.as_bytes())
                .unwrap();
            output.commit().unwrap();
        }
        let mut names: Vec<_> = fs::read_dir(&target)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, [MARKER, "two"]);
        assert_eq!(
            fs::metadata(&target).unwrap().ino(),
            inode,
            "the same folder"
        );
        // A killed swap's folders inside the output are leftovers for the next build.
        fs::create_dir(target.join(".leafpress-tmp-5")).unwrap();
        fs::create_dir(target.join(".leafpress-old-5")).unwrap();
        fs::write(target.join(".leafpress-old-5").join(MARKER), "").unwrap();
        Output::prepare_as(dir.path(), &target, Some(Layout::Inside))
            .unwrap()
            .abandon();
        assert_eq!(fs::read_dir(&target).unwrap().count(), 2);
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
