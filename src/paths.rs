//! Path identity: a site's root is made canonical once, where a command starts, and every path
//! inside the site is carried as a [`SitePath`], relative to that root.
//!
//! Why: the same file used to be named `./content/en/a.md` by one stage and
//! `/home/x/site/content/en/a.md` by another (the watcher reports canonical paths), and string
//! comparisons between the two silently failed; `serve` then re-rendered stale pages. With one
//! canonical root and root-relative paths, two names of one file are equal by construction.

use std::fmt;
use std::path::{Component, Path, PathBuf};

/// A site's folder, canonical: absolute, with symbolic links and `..` resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteRoot(PathBuf);

impl SiteRoot {
    /// Makes `path` canonical. Fails when the folder does not exist or cannot be read.
    pub fn open(path: &Path) -> std::io::Result<SiteRoot> {
        let path = if path.as_os_str().is_empty() {
            Path::new(".")
        } else {
            path
        };
        std::fs::canonicalize(path).map(SiteRoot)
    }

    /// The canonical folder.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The file system path of a path inside the site.
    pub fn join(&self, path: impl AsRef<Path>) -> PathBuf {
        self.0.join(path)
    }

    /// The site path of `path`, when it is inside the site: an absolute path under the root, or
    /// a relative one (taken as relative to the root). `None` for a path outside the site.
    pub fn relative(&self, path: &Path) -> Option<SitePath> {
        let relative = if path.is_absolute() {
            path.strip_prefix(&self.0).ok()?
        } else {
            path
        };
        SitePath::new(relative)
    }

    /// How messages name `path`: relative to the root when it is inside the site, else as given.
    pub fn display(&self, path: &Path) -> PathBuf {
        self.relative(path)
            .map_or_else(|| path.to_path_buf(), PathBuf::from)
    }
}

impl AsRef<Path> for SiteRoot {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

/// A path inside a site, relative to its root, without `.` or `..` parts:
/// `content/en/side-effects.md`. Compared component by component.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SitePath(PathBuf);

impl SitePath {
    /// A site path from a relative path; `None` when it is absolute or climbs out with `..`.
    pub fn new(path: &Path) -> Option<SitePath> {
        let mut clean = PathBuf::new();
        for component in path.components() {
            match component {
                Component::Normal(part) => clean.push(part),
                Component::CurDir => {}
                Component::ParentDir | Component::RootDir | Component::Prefix(_) => return None,
            }
        }
        Some(SitePath(clean))
    }

    /// The path as a relative `Path`.
    pub fn as_path(&self) -> &Path {
        &self.0
    }

    /// The first component (`content`, `locales`, `themes`, `static`, `site.yaml`).
    pub fn top(&self) -> Option<&str> {
        self.0.components().next()?.as_os_str().to_str()
    }
}

impl std::ops::Deref for SitePath {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for SitePath {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl From<SitePath> for PathBuf {
    fn from(path: SitePath) -> PathBuf {
        path.0
    }
}

impl From<&SitePath> for PathBuf {
    fn from(path: &SitePath) -> PathBuf {
        path.0.clone()
    }
}

impl PartialEq<Path> for SitePath {
    fn eq(&self, other: &Path) -> bool {
        SitePath::new(other).is_some_and(|other| other == *self)
    }
}

impl fmt::Display for SitePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_absolute_and_dotted_names_of_one_file_are_equal() {
        let root = SiteRoot(PathBuf::from("/home/x/site"));
        let a = root
            .relative(Path::new("/home/x/site/content/en/a.md"))
            .unwrap();
        let b = root.relative(Path::new("./content/en/a.md")).unwrap();
        let c = root.relative(Path::new("content/./en/a.md")).unwrap();
        assert_eq!(a, b);
        assert_eq!(b, c);
        assert_eq!(a.top(), Some("content"));
        assert_eq!(root.relative(Path::new("/home/x/other/a.md")), None);
        assert_eq!(root.relative(Path::new("../a.md")), None);
    }

    #[test]
    fn a_root_reached_through_a_symlink_or_relatively_is_the_same_root() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir(&site).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(&site, dir.path().join("link")).unwrap();
        let direct = SiteRoot::open(&site).unwrap();
        #[cfg(unix)]
        assert_eq!(SiteRoot::open(&dir.path().join("link")).unwrap(), direct);
        assert_eq!(
            SiteRoot::open(&site.join("../site/.")).unwrap(),
            direct,
            "dotted"
        );
    }
}
