//! The preview's HTTP server: a fixed number of threads, whatever browsers and misbehaving
//! clients do, so neither threads nor memory grow without bound, and a prompt stop.
//!
//! - **Reading requests** is one thread's job, on non-blocking sockets (`mio`): it accepts
//!   connections and reads their request heads as the bytes arrive, so a client that sends
//!   slowly, or opens a connection and sends nothing (as browsers do to save time later), holds
//!   no worker. At most [`MAX_PENDING`] connections may be waiting for their head, each for at
//!   most [`HEAD_DEADLINE`]; beyond that they are closed.
//! - **Ordinary requests**, once read, go through a queue of [`QUEUE`] to [`WORKERS`] threads,
//!   which answer and close the connection (no keep-alive: a preview on the same machine loses
//!   nothing by it). A client has [`RESPONSE_DEADLINE`] to read its answer, so a slow reader
//!   holds a worker for a bounded time. When the queue is full, the request is answered
//!   `503 Service Unavailable` at once.
//! - **Live-reload event streams** (`/__leafpress/events`, one per open page) stay open for as
//!   long as the page does, so they do not keep a worker: the worker writes the stream's head
//!   and hands the connection to a registry of at most [`MAX_EVENT_STREAMS`]; beyond that the
//!   request is answered `503`, after streams whose page has gone are dropped. One broadcaster
//!   thread tells every stream to reload after each rebuild and sends a comment every 15 s.
//!   Its writes do not block: a stream that cannot take a few bytes is dropped.
//! - **Stopping** ([`Running::stop`]): the broadcaster closes every event stream and ends; the
//!   reading thread and the workers hold only sockets, which end with the process.
//!
//! `tiny_http`, used before, started a thread for every connection and kept it until the client
//! left: 500 slow clients meant 500 threads.

use std::collections::HashMap;
use std::io::{self, ErrorKind, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use mio::{Events, Interest, Poll, Token};

use super::http::{self, Answer, Response};
use super::{Shared, lock};

/// How many threads answer ordinary requests.
pub const WORKERS: usize = 8;
/// How many accepted connections may wait for a worker; beyond that, `503` at once.
pub const QUEUE: usize = 32;
/// How many live-reload event streams (open pages) are kept at once; beyond that, `503`.
pub const MAX_EVENT_STREAMS: usize = 64;
/// How many connections may be waiting for their request head; beyond that, new ones are closed.
pub const MAX_PENDING: usize = 1024;
/// How long a client has to send its request line and headers.
pub const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// How long a client has to read an answer.
pub const RESPONSE_DEADLINE: Duration = Duration::from_secs(10);
/// The longest request head read; longer ones are answered `431`.
const MAX_HEAD: usize = 16 * 1024;
/// How often an idle event stream gets a comment, so that proxies and browsers keep it open.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// A running server.
pub struct Running {
    stopping: Arc<AtomicBool>,
    shared: Arc<Shared>,
    broadcaster: JoinHandle<()>,
}

impl Running {
    /// Closes every live-reload event stream and returns once they are closed. The accepting
    /// thread and the workers are left to end with the process.
    pub fn stop(self) {
        self.stopping.store(true, Ordering::SeqCst);
        // Notified under the lock, so the broadcaster cannot miss it between check and wait.
        let served = lock(&self.shared);
        self.shared.changed.notify_all();
        drop(served);
        let _ = self.broadcaster.join();
    }
}

/// Starts answering connections on `listener` from the site in `shared`.
pub fn start(listener: TcpListener, shared: Arc<Shared>) -> Running {
    let stopping = Arc::new(AtomicBool::new(false));
    let streams = Arc::new(EventStreams::default());
    let (queue, waiting) = sync_channel::<(TcpStream, Request)>(QUEUE);
    let waiting = Arc::new(Mutex::new(waiting));
    for _ in 0..WORKERS {
        let waiting = Arc::clone(&waiting);
        let shared = Arc::clone(&shared);
        let streams = Arc::clone(&streams);
        std::thread::spawn(move || work(&waiting, &shared, &streams));
    }
    std::thread::spawn(move || read_requests(listener, &queue));
    let broadcaster = {
        let shared = Arc::clone(&shared);
        let stopping = Arc::clone(&stopping);
        std::thread::spawn(move || broadcast(&shared, &streams, &stopping))
    };
    Running {
        stopping,
        shared,
        broadcaster,
    }
}

/// A connection whose request head is still being read.
struct Pending {
    stream: mio::net::TcpStream,
    head: Vec<u8>,
    deadline: Instant,
}

const LISTENER: Token = Token(usize::MAX);

/// Accepts connections and reads their request heads, queueing each complete request for the
/// workers. Ends only when the listener cannot be polled.
fn read_requests(listener: TcpListener, queue: &SyncSender<(TcpStream, Request)>) {
    let Ok(poll) = listener.set_nonblocking(true).and_then(|()| Poll::new()) else {
        return;
    };
    let mut listener = mio::net::TcpListener::from_std(listener);
    if poll
        .registry()
        .register(&mut listener, LISTENER, Interest::READABLE)
        .is_err()
    {
        return;
    }
    let mut poll = poll;
    let mut events = Events::with_capacity(256);
    let mut pending: HashMap<Token, Pending> = HashMap::new();
    let mut next_token = 0usize;
    loop {
        let timeout = pending
            .values()
            .map(|p| p.deadline.saturating_duration_since(Instant::now()))
            .min();
        if let Err(error) = poll.poll(&mut events, timeout) {
            if error.kind() == ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        for event in &events {
            if event.token() == LISTENER {
                accept_all(&listener, &poll, &mut pending, &mut next_token);
            } else if let Some(connection) = pending.get_mut(&event.token()) {
                match read_available(connection) {
                    Ok(None) => {}
                    outcome => {
                        let connection = pending.remove(&event.token()).expect("just found");
                        finish(connection, outcome, &poll, queue);
                    }
                }
            }
        }
        let now = Instant::now();
        pending.retain(|_, connection| connection.deadline > now);
    }
}

/// Accepts every waiting connection; beyond [`MAX_PENDING`], closes them at once.
fn accept_all(
    listener: &mio::net::TcpListener,
    poll: &Poll,
    pending: &mut HashMap<Token, Pending>,
    next_token: &mut usize,
) {
    loop {
        let mut stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(error) if error.kind() == ErrorKind::WouldBlock => return,
            // A connection reset before it was accepted, or out of file descriptors: the
            // listener stays readable, so the next poll comes back here.
            Err(_) => return,
        };
        if pending.len() >= MAX_PENDING {
            continue;
        }
        let token = Token(*next_token % (usize::MAX - 1));
        *next_token = next_token.wrapping_add(1);
        if poll
            .registry()
            .register(&mut stream, token, Interest::READABLE)
            .is_ok()
        {
            let deadline = Instant::now() + HEAD_DEADLINE;
            let head = Vec::new();
            pending.insert(
                token,
                Pending {
                    stream,
                    head,
                    deadline,
                },
            );
        }
    }
}

/// Reads what has arrived; `Ok(Some(..))` once the head is complete, `Ok(None)` while not.
fn read_available(connection: &mut Pending) -> Result<Option<Request>, RequestError> {
    let mut chunk = [0u8; 4096];
    loop {
        match connection.stream.read(&mut chunk) {
            Ok(0) => return Err(RequestError::Gone),
            Ok(read) => {
                connection.head.extend_from_slice(&chunk[..read]);
                if let Some(request) = parse_head(&connection.head)? {
                    return Ok(Some(request));
                }
                if connection.head.len() > MAX_HEAD {
                    return Err(RequestError::TooLarge);
                }
            }
            Err(error) if error.kind() == ErrorKind::WouldBlock => return Ok(None),
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(_) => return Err(RequestError::Gone),
        }
    }
}

/// Hands a complete request to the workers (or `503` when they are all busy), or answers a bad
/// one.
fn finish(
    mut connection: Pending,
    outcome: Result<Option<Request>, RequestError>,
    poll: &Poll,
    queue: &SyncSender<(TcpStream, Request)>,
) {
    let _ = poll.registry().deregister(&mut connection.stream);
    let stream = TcpStream::from(connection.stream);
    if stream.set_nonblocking(false).is_err() {
        return;
    }
    let request = match outcome {
        Ok(Some(request)) => request,
        Ok(None) | Err(RequestError::Gone) => return,
        Err(RequestError::Malformed) => return send(stream, plain(400, "bad request"), false),
        Err(RequestError::TooLarge) => {
            return send(stream, plain(431, "request head too large"), false);
        }
    };
    match queue.try_send((stream, request)) {
        Ok(()) => {}
        Err(TrySendError::Full((stream, _))) => refuse(stream, "the preview server is busy"),
        Err(TrySendError::Disconnected(_)) => {}
    }
}

/// Answers `503` without reading the request. The answer is far smaller than a socket's send
/// buffer, so writing it does not wait for the client.
fn refuse(mut stream: TcpStream, why: &str) {
    let _ = stream.set_write_timeout(Some(Duration::from_millis(100)));
    let mut response = Response {
        status: 503,
        headers: vec![("Content-Type", "text/plain; charset=utf-8".to_string())],
        body: why.as_bytes().to_vec(),
    };
    response.headers.push(("Retry-After", "1".to_string()));
    let _ = stream.write_all(&head(&response));
    let _ = stream.write_all(&response.body);
    let _ = stream.shutdown(Shutdown::Write);
}

/// A worker: answers queued requests until the queue is gone.
fn work(waiting: &Mutex<Receiver<(TcpStream, Request)>>, shared: &Shared, streams: &EventStreams) {
    loop {
        let next = waiting
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .recv();
        let Ok((stream, request)) = next else { return };
        match http::answer(&request.method, &request.target, shared) {
            Answer::Respond(response) => send(stream, response, request.method != "HEAD"),
            Answer::Events => streams.admit(stream),
        }
    }
}

fn plain(status: u16, text: &str) -> Response {
    Response {
        status,
        headers: vec![("Content-Type", "text/plain; charset=utf-8".to_string())],
        body: text.as_bytes().to_vec(),
    }
}

/// A request's method and target (path and query), all that the preview looks at.
#[derive(Debug, PartialEq, Eq)]
struct Request {
    method: String,
    target: String,
}

/// Why no request could be read.
#[derive(Debug, PartialEq, Eq)]
enum RequestError {
    /// The client closed or failed: there is no one to answer.
    Gone,
    /// Not an HTTP/1.x request.
    Malformed,
    /// A request head longer than [`MAX_HEAD`], or with too many headers.
    TooLarge,
}

/// Parses a request head; `None` while it is incomplete.
fn parse_head(bytes: &[u8]) -> Result<Option<Request>, RequestError> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut request = httparse::Request::new(&mut headers);
    match request.parse(bytes) {
        Ok(httparse::Status::Complete(_)) => Ok(Some(Request {
            method: request.method.unwrap_or_default().to_string(),
            target: request.path.unwrap_or_default().to_string(),
        })),
        Ok(httparse::Status::Partial) => Ok(None),
        Err(httparse::Error::TooManyHeaders) => Err(RequestError::TooLarge),
        Err(_) => Err(RequestError::Malformed),
    }
}

/// Writes a response and closes the connection, giving up after [`RESPONSE_DEADLINE`].
fn send(mut stream: TcpStream, response: Response, with_body: bool) {
    let deadline = Instant::now() + RESPONSE_DEADLINE;
    let head = head(&response);
    let body: &[u8] = if with_body { &response.body } else { &[] };
    if write_before(&mut stream, &head, deadline).is_ok() {
        let _ = write_before(&mut stream, body, deadline);
    }
    let _ = stream.shutdown(Shutdown::Write);
}

/// Writes all of `bytes` unless `deadline` passes first.
fn write_before(stream: &mut TcpStream, mut bytes: &[u8], deadline: Instant) -> io::Result<()> {
    while !bytes.is_empty() {
        let left = deadline
            .checked_duration_since(Instant::now())
            .filter(|left| !left.is_zero())
            .ok_or(ErrorKind::TimedOut)?;
        stream.set_write_timeout(Some(left))?;
        match stream.write(bytes) {
            Ok(0) => return Err(ErrorKind::WriteZero.into()),
            Ok(written) => bytes = &bytes[written..],
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    Ok(())
}

/// The status line and headers of a response.
fn head(response: &Response) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        response.status,
        reason(response.status),
        response.body.len()
    );
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    head.into_bytes()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// The open live-reload event streams. Their sockets are non-blocking, so that writing to them
/// under this lock never waits for a client.
#[derive(Default)]
struct EventStreams {
    open: Mutex<Vec<TcpStream>>,
}

impl EventStreams {
    /// Keeps `stream` as an event stream after writing its head, or answers `503` when
    /// [`MAX_EVENT_STREAMS`] are open.
    fn admit(&self, mut stream: TcpStream) {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        if open.len() >= MAX_EVENT_STREAMS {
            open.retain(still_open);
        }
        if open.len() >= MAX_EVENT_STREAMS {
            drop(open);
            return refuse(stream, "too many open pages are waiting for live reload");
        }
        if stream.set_nonblocking(true).is_ok()
            && write_now(&mut stream, http::EVENT_STREAM_HEAD.as_bytes())
        {
            open.push(stream);
        }
    }

    /// Writes `message` to every stream, dropping those that cannot take it.
    fn send(&self, message: &str) {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        open.retain_mut(|stream| write_now(stream, message.as_bytes()));
    }

    /// Closes every stream: open pages see the end of their stream.
    fn close_all(&self) {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        for stream in open.drain(..) {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }
}

/// Writes all of `bytes` to a non-blocking stream at once; false when it cannot.
fn write_now(stream: &mut TcpStream, bytes: &[u8]) -> bool {
    matches!(stream.write(bytes), Ok(written) if written == bytes.len())
}

/// False for an event stream whose page has gone: the browser closed the connection. (Pages
/// send nothing on their stream, so anything readable is its end or an error.)
fn still_open(stream: &TcpStream) -> bool {
    let mut byte = [0u8; 1];
    matches!(stream.peek(&mut byte), Err(error) if error.kind() == ErrorKind::WouldBlock)
}

/// Tells every event stream to reload after each rebuild and after each change of the errors,
/// until stopped; then closes them all.
fn broadcast(shared: &Shared, streams: &EventStreams, stopping: &AtomicBool) {
    let state = |served: &super::Served| (served.generation, served.errors.len());
    let mut seen = state(&lock(shared));
    loop {
        let served = lock(shared);
        let (served, waited) = if stopping.load(Ordering::SeqCst) {
            (served, None)
        } else {
            let (served, result) = shared
                .changed
                .wait_timeout(served, KEEP_ALIVE)
                .unwrap_or_else(PoisonError::into_inner);
            (served, Some(result))
        };
        let now = state(&served);
        drop(served);
        if stopping.load(Ordering::SeqCst) {
            streams.close_all();
            return;
        }
        if now != seen {
            seen = now;
            streams.send("data: reload\n\n");
        } else if waited.is_some_and(|result| result.timed_out()) {
            streams.send(": keep-alive\n\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_head_is_complete_only_with_its_blank_line() {
        assert_eq!(
            parse_head(b"GET /%C3%BC?x=1 HTTP/1.1\r\nHost: a\r\n"),
            Ok(None)
        );
        assert_eq!(
            parse_head(b"GET /%C3%BC?x=1 HTTP/1.1\r\nHost: a\r\n\r\n"),
            Ok(Some(Request {
                method: "GET".into(),
                target: "/%C3%BC?x=1".into()
            }))
        );
    }

    #[test]
    fn bad_and_huge_request_heads_are_told_apart() {
        assert_eq!(
            parse_head(b"\x16\x03\x01 tls\r\n\r\n"),
            Err(RequestError::Malformed)
        );
        let mut long = b"GET / HTTP/1.1\r\n".to_vec();
        for _ in 0..70 {
            long.extend_from_slice(b"X-Filler: a\r\n");
        }
        assert_eq!(parse_head(&long), Err(RequestError::TooLarge));
    }

    #[test]
    fn response_heads_carry_length_and_close() {
        let mut response = plain(301, "");
        response.headers.push(("Location", "/%C3%BC/".into()));
        let head = String::from_utf8(head(&response)).unwrap();
        assert_eq!(
            head,
            "HTTP/1.1 301 Moved Permanently\r\nContent-Length: 0\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nLocation: /%C3%BC/\r\n\r\n"
        );
    }
}
