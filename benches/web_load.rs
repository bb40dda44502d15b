//! `hirekit serve` under a round of interviews: 200 interviewers signed in at once, each opening
//! their scorecard form and submitting it, against the real binary on 127.0.0.1, on SQLite and on
//! PostgreSQL (when `HIREKIT_TEST_POSTGRES` names a server). Run with
//! `cargo bench --bench web_load`; figures in docs/performance.md.
//!
//! Each session does what an interviewer's browser does: open their list (`GET /my-interviews`),
//! open the scorecard form, have a draft autosaved (`POST …/scorecard/draft`), submit.
//!
//! Prints per backend: p50/p99/max of each of the four requests, requests per second over the
//! load phase, the server's CPU time (user + system, from /proc/PID/stat) over the load phase
//! per request, the load average before and after it (other processes share the machine), the
//! database's count of submissions afterwards (none lost, none duplicated), and the server's
//! peak resident memory (`VmHWM` in /proc/PID/status), reset after the sign-ins so that it shows
//! the load phase itself (the sign-ins' own peak is printed too).
//!
//! The load is bounded: four requests per session, each with a 120 s timeout, traffic only to
//! the server this benchmark starts on 127.0.0.1.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // a benchmark's setup may panic

// The same SQLite and PostgreSQL databases as the store's tests (a fresh one each, dropped after).
#[path = "../crates/hirekit-store/tests/backends/mod.rs"]
mod backends;

use std::io::BufRead as _;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use http_body_util::{BodyExt as _, Full};
use hyper::body::Bytes;
use hyper::{Method, Request, StatusCode, header};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

/// Interviewers signed in at once; each has one planned interview to submit a scorecard for.
const SESSIONS: usize = 200;
/// Two planned interviewers per candidate, so submissions also meet on the same candidate.
const CANDIDATES: usize = SESSIONS / 2;
const PASSWORD: &str = "correct horse battery staple";
const SCORECARD: &str = "senior-backend-developer";
/// Sign-ins run a few at a time: each is an argon2id hash of 19 MiB by design (not what is
/// measured here).
const SIGN_IN_CONCURRENCY: usize = 8;

type Http = Client<HttpConnector, Full<Bytes>>;

/// A hiring folder of [`CANDIDATES`] candidates, each planned with two of [`SESSIONS`]
/// interviewers (`iv000`…), no scorecards filled, modelled on the example.
fn folder(root: &Path) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = repo.join("examples/hiring");
    let interviewers: String = (0..SESSIONS)
        .map(|i| format!("  iv{i:03}: Interviewer {i:03}\n"))
        .collect();
    let profile = std::fs::read_to_string(example.join("hirekit.yaml")).unwrap();
    let start = profile.find("interviewers:\n").unwrap() + "interviewers:\n".len();
    let end = start + profile[start..].find("scorecard_hours:").unwrap();
    let profile = format!("{}{interviewers}{}", &profile[..start], &profile[end..]).replace(
        "../../scorecards",
        repo.join("scorecards").to_str().unwrap(),
    );
    std::fs::create_dir_all(root.join("candidates")).unwrap();
    std::fs::write(root.join("hirekit.yaml"), profile).unwrap();
    for c in 0..CANDIDATES {
        let dir = root.join("candidates").join(format!("c-load-{c:03}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("candidate.yaml"),
            format!(
                "id: c-load-{c:03}\nname: Kandidaat {c:03}\nemail: kandidaat{c:03}@example.org\n\
                 language: nl\nscorecard: {SCORECARD}\ninterviews:\n\
                 \x20 - interviewer: iv{c:03}\n    at: 2026-11-20T10:00:00+01:00\n\
                 \x20 - interviewer: iv{:03}\n    at: 2026-11-20T11:00:00+01:00\n",
                c + CANDIDATES
            ),
        )
        .unwrap();
    }
}

/// The candidate session `i` interviews.
fn candidate_of(i: usize) -> String {
    format!("c-load-{:03}", i % CANDIDATES)
}

/// The server process, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(url: &str) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .unwrap()
            .port();
        let listen = format!("127.0.0.1:{port}");
        let mut child = Command::new(env!("CARGO_BIN_EXE_hirekit"))
            .args(["serve", "--database", url, "--listen", &listen])
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut lines = std::io::BufReader::new(stdout).lines();
        for line in lines.by_ref() {
            if line.unwrap().starts_with("hirekit serves") {
                break;
            }
        }
        // Keep reading, so that the server never writes into a closed pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Server {
            child,
            base: format!("http://{listen}"),
        }
    }

    /// `VmHWM` (peak resident set) in KiB.
    fn peak_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap()
    }

    /// The server's CPU time so far, user + system, in seconds (/proc/PID/stat fields 14 and 15,
    /// in clock ticks; proc(5)).
    fn cpu_seconds(&self) -> f64 {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap();
        // The command name may hold spaces; the fields after it are plain numbers.
        let after = &stat[stat.rfind(')').unwrap() + 2..];
        let fields: Vec<&str> = after.split(' ').collect();
        // Field 3 (state) is fields[0], so field 14 (utime) is fields[11].
        let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
        ticks as f64 / clock_ticks_per_second()
    }

    /// Starts a new peak: writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0,
    /// Documentation/filesystems/proc.rst).
    fn reset_peak(&self) -> bool {
        std::fs::write(format!("/proc/{}/clear_refs", self.child.id()), "5").is_ok()
    }
}

/// `getconf CLK_TCK`: the unit of /proc/PID/stat's times (100 on Linux nearly always).
fn clock_ticks_per_second() -> f64 {
    static TICKS: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(100.0)
    })
}

/// The 1-minute load average (/proc/loadavg): how busy the shared machine was.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split(' ').next().map(str::to_owned))
        .unwrap_or_default()
}

/// One answer: status, `Set-Cookie` name=value pairs, `Location`, body.
struct Reply {
    status: StatusCode,
    cookies: Vec<(String, String)>,
    location: Option<String>,
    body: String,
}

impl Reply {
    fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The value of the page's hidden `csrf` field.
    fn csrf(&self) -> &str {
        let key = "name=\"csrf\" value=\"";
        let start = self.body.find(key).expect("a csrf field") + key.len();
        &self.body[start..start + 64]
    }
}

/// One request; `Err` says why there was no answer (timeout, connection closed).
async fn try_send(
    http: &Http,
    method: Method,
    url: &str,
    cookie: &str,
    form: String,
) -> Result<Reply, String> {
    try_send_with(http, method, url, cookie, None, form).await
}

/// [`try_send`] with the CSRF token in the header the autosave script sends it in.
async fn try_send_with(
    http: &Http,
    method: Method,
    url: &str,
    cookie: &str,
    csrf_header: Option<&str>,
    form: String,
) -> Result<Reply, String> {
    let mut request = Request::builder().method(method.clone()).uri(url);
    if let Some(token) = csrf_header {
        request = request.header("x-csrf-token", token);
    }
    if !cookie.is_empty() {
        request = request.header(header::COOKIE, cookie);
    }
    if method == Method::POST {
        request = request.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    }
    let request = request.body(Full::new(Bytes::from(form))).unwrap();
    let response = match tokio::time::timeout(Duration::from_secs(120), http.request(request)).await
    {
        Err(_) => return Err(format!("no answer within 120 s to {method} {url}")),
        Ok(Err(e)) => return Err(format!("{method} {url}: {e}")),
        Ok(Ok(response)) => response,
    };
    let status = response.status();
    let cookies = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next()?.split_once('='))
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect();
    let location = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = match response.into_body().collect().await {
        Ok(body) => body.to_bytes(),
        Err(e) => return Err(format!("{method} {url}: the body broke off: {e}")),
    };
    Ok(Reply {
        status,
        cookies,
        location,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// [`try_send`] for the set-up, where a failure ends the benchmark.
async fn send(http: &Http, method: Method, url: &str, cookie: &str, form: String) -> Reply {
    try_send(http, method, url, cookie, form)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Sets the password through the one-time link and signs in; returns the session cookie.
async fn sign_in(http: &Http, base: &str, link: &str, email: &str) -> String {
    let form = send(http, Method::GET, link, "", String::new()).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let token = form.cookie("hirekit_form").unwrap().to_owned();
    let set = send(
        http,
        Method::POST,
        link,
        &format!("hirekit_form={token}"),
        format!("password={}&csrf={}", encode(PASSWORD), form.csrf()),
    )
    .await;
    assert_eq!(set.location.as_deref(), Some("/signin"), "{}", set.body);
    let form = send(
        http,
        Method::GET,
        &format!("{base}/signin"),
        "",
        String::new(),
    )
    .await;
    let token = form.cookie("hirekit_form").unwrap().to_owned();
    let signed = send(
        http,
        Method::POST,
        &format!("{base}/signin"),
        &format!("hirekit_form={token}"),
        format!(
            "email={}&password={}&csrf={}",
            encode(email),
            encode(PASSWORD),
            form.csrf()
        ),
    )
    .await;
    let session = signed
        .cookie("hirekit_session")
        .unwrap_or_else(|| panic!("{email} is not signed in: {}", signed.status));
    format!("hirekit_session={session}")
}

/// What one session measured.
struct Timing {
    list: Option<Duration>,
    open: Option<Duration>,
    autosave: Option<Duration>,
    submit: Option<Duration>,
    /// Why the form could not be opened or submitted (an error answer, no answer).
    failed: Option<String>,
    submitted: bool,
    /// What was posted, to send again (a second click) after the load.
    retry: (String, String),
}

/// The criterion ids of a scorecard form (`name="score.ID"`), each once, in order.
fn criteria(form: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for part in form.split("name=\"score.").skip(1) {
        let id = part.split('"').next().unwrap_or_default().to_owned();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// One interviewer, as their browser does it: opens their list of interviews and the
/// scorecard form, has half of it autosaved as a draft, and submits it filled in (every
/// criterion scored with evidence, a recommendation, `action=submit`).
async fn round(http: &Http, base: &str, session: &str, candidate: &str) -> Timing {
    let url = format!("{base}/candidates/{candidate}/scorecard");
    let mut timing = Timing {
        list: None,
        open: None,
        autosave: None,
        submit: None,
        failed: None,
        submitted: false,
        retry: (String::new(), String::new()),
    };
    let fail = |mut timing: Timing, why: String| {
        timing.failed = Some(why);
        timing
    };
    let started = Instant::now();
    match try_send(
        http,
        Method::GET,
        &format!("{base}/my-interviews"),
        session,
        String::new(),
    )
    .await
    {
        Ok(list) if list.status == StatusCode::OK && list.body.contains(candidate) => {}
        Ok(list) => return fail(timing, format!("list: {}", list.status)),
        Err(e) => return fail(timing, format!("list: {e}")),
    }
    timing.list = Some(started.elapsed());
    let started = Instant::now();
    let form = match try_send(http, Method::GET, &url, session, String::new()).await {
        Ok(form) if form.status == StatusCode::OK => form,
        Ok(form) => return fail(timing, format!("open: {}", form.status)),
        Err(e) => return fail(timing, format!("open: {e}")),
    };
    timing.open = Some(started.elapsed());
    let csrf = form.csrf().to_owned();
    let ids = criteria(&form.body);
    assert!(!ids.is_empty(), "no criteria on the form: {}", form.body);
    let answers = |ids: &[String]| -> String {
        ids.iter()
            .map(|id| {
                format!(
                    "&score.{id}=3&evidence.{id}={}",
                    encode("Gave a concrete example with a reason and its outcome.")
                )
            })
            .collect()
    };
    let draft = format!("csrf={csrf}{}", answers(&ids[..ids.len() / 2]));
    let started = Instant::now();
    match try_send_with(
        http,
        Method::POST,
        &format!("{url}/draft"),
        session,
        Some(&csrf),
        draft,
    )
    .await
    {
        Ok(saved) if saved.status == StatusCode::NO_CONTENT => {}
        Ok(saved) => return fail(timing, format!("autosave: {}", saved.status)),
        Err(e) => return fail(timing, format!("autosave: {e}")),
    }
    timing.autosave = Some(started.elapsed());
    let body = format!(
        "csrf={csrf}{}&recommendation=yes&action=submit",
        answers(&ids)
    );
    let started = Instant::now();
    let answer = match try_send(http, Method::POST, &url, session, body.clone()).await {
        Ok(answer) => answer,
        Err(e) => return fail(timing, format!("submit: {e}")),
    };
    timing.submit = Some(started.elapsed());
    timing.submitted = answer.status == StatusCode::SEE_OTHER
        && answer.location.as_deref() == Some(&format!("/candidates/{candidate}/scorecard")[..]);
    if !timing.submitted {
        timing.failed = Some(format!("submit: {}", answer.status));
    }
    timing.retry = (url, body);
    timing
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

async fn bench(backend: &backends::TestDb, root: &Path) {
    let now = chrono::Utc::now().timestamp();
    let (db, _) = hirekit_store::Database::open(&backend.url).await.unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let (loaded, problems) = hirekit_folder::open(root, &|_| true, today).unwrap();
    assert!(
        problems.iter().all(|p| !p.is_error()),
        "{:?}",
        problems.first()
    );
    db.import(&loaded).await.unwrap();
    let server = Server::start(&backend.url);
    let mut links = Vec::new();
    for i in 0..SESSIONS {
        let email = format!("iv{i:03}@example.org");
        let role = hirekit_store::accounts::Role::Interviewer(format!("iv{i:03}"));
        let link = hirekit_web::add_user(
            &db,
            &server.base,
            &email,
            &format!("Interviewer {i:03}"),
            &role,
            "en",
            now,
        )
        .await
        .unwrap();
        links.push((email, link));
    }
    let http: Http = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(SESSIONS)
        .build_http();

    // Sign-ins, a few at a time (not measured beyond their memory).
    let started = Instant::now();
    let semaphore = Arc::new(tokio::sync::Semaphore::new(SIGN_IN_CONCURRENCY));
    let mut tasks = Vec::new();
    for (email, link) in links {
        let (http, base, semaphore) = (http.clone(), server.base.clone(), semaphore.clone());
        tasks.push(tokio::spawn(async move {
            let _permit = semaphore.acquire_owned().await.unwrap();
            sign_in(&http, &base, &link, &email).await
        }));
    }
    let mut sessions = Vec::new();
    for task in tasks {
        sessions.push(task.await.unwrap());
    }
    let sign_in_time = started.elapsed();
    let sign_in_peak = server.peak_kib();
    let reset = server.reset_peak();

    // The load: every session at once.
    let barrier = Arc::new(tokio::sync::Barrier::new(SESSIONS));
    let load_before = load_average();
    let cpu_before = server.cpu_seconds();
    let started = Instant::now();
    let mut tasks = Vec::new();
    let cookies = sessions.clone();
    for (i, session) in sessions.into_iter().enumerate() {
        let (http, base, barrier) = (http.clone(), server.base.clone(), barrier.clone());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            round(&http, &base, &session, &candidate_of(i)).await
        }));
    }
    let mut timings = Vec::new();
    for (task, session) in tasks.into_iter().zip(cookies) {
        timings.push((task.await.unwrap(), session));
    }
    let wall = started.elapsed();
    let cpu = server.cpu_seconds() - cpu_before;
    let load_after = load_average();
    let load_peak = server.peak_kib();

    // Every session submits once more, all at once (a second click, another tab): each must be
    // refused, none stored twice.
    let mut tasks = Vec::new();
    for (timing, session) in timings.iter().filter(|(t, _)| t.submitted) {
        let http = http.clone();
        let (url, body) = timing.retry.clone();
        let session = session.clone();
        tasks.push(tokio::spawn(async move {
            try_send(&http, Method::POST, &url, &session, body)
                .await
                .is_ok_and(|answer| answer.status == StatusCode::SEE_OTHER)
        }));
    }
    let mut retries_accepted = 0;
    for task in tasks {
        retries_accepted += usize::from(task.await.unwrap());
    }
    let timings: Vec<Timing> = timings.into_iter().map(|(t, _)| t).collect();

    // What the database holds afterwards.
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT candidate, interviewer FROM filled_scorecards WHERE candidate LIKE 'c-load-%'",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    let mut pairs = rows.clone();
    pairs.sort();
    pairs.dedup();
    let expected: usize = timings.iter().filter(|t| t.submitted).count();
    // Accepted (answered "submitted") but not in the database.
    let lost = timings
        .iter()
        .enumerate()
        .filter(|(i, t)| t.submitted && !pairs.contains(&(candidate_of(*i), format!("iv{i:03}"))))
        .count();
    let answered = timings.iter().filter(|t| t.submit.is_some()).count();

    let sorted = |of: fn(&Timing) -> Option<Duration>| {
        let mut all: Vec<Duration> = timings.iter().filter_map(of).collect();
        all.sort();
        all
    };
    let list = sorted(|t| t.list);
    let open = sorted(|t| t.open);
    let autosave = sorted(|t| t.autosave);
    let submit = sorted(|t| t.submit);
    let mut failures: Vec<&str> = timings.iter().filter_map(|t| t.failed.as_deref()).collect();
    failures.sort_unstable();
    let requests = list.len() + open.len() + autosave.len() + submit.len();
    println!("web_load/{}: {SESSIONS} sessions", backend.name);
    println!(
        "  sign-ins: {:.1} s ({SIGN_IN_CONCURRENCY} at a time); server peak memory during them {:.1} MiB",
        sign_in_time.as_secs_f64(),
        sign_in_peak as f64 / 1024.0
    );
    for (name, times) in [
        ("my interviews", &list),
        ("open form", &open),
        ("autosave", &autosave),
        ("submit", &submit),
    ] {
        println!(
            "  {name:<14} p50 {} p99 {} max {} ({} answered)",
            ms(percentile(times, 50.0)),
            ms(percentile(times, 99.0)),
            ms(percentile(times, 100.0)),
            times.len()
        );
    }
    println!(
        "  load phase: {requests} requests in {:.2} s = {:.0} requests/s; server CPU (user+sys) {:.2} s = {:.2} ms per request; load average {load_before} before, {load_after} after",
        wall.as_secs_f64(),
        requests as f64 / wall.as_secs_f64(),
        cpu,
        cpu * 1000.0 / requests.max(1) as f64
    );
    println!(
        "  submissions: {answered} sent, {expected} accepted, {retries_accepted} of {SESSIONS} second submissions accepted; database rows {} ({} distinct pairs): accepted but not stored {}, duplicated {}",
        rows.len(),
        pairs.len(),
        lost,
        rows.len() - pairs.len()
    );
    if !failures.is_empty() {
        let mut counted: Vec<(usize, &str)> = Vec::new();
        for f in &failures {
            match counted.last_mut() {
                Some((n, last)) if last == f => *n += 1,
                _ => counted.push((1, f)),
            }
        }
        println!("  failed sessions: {}", failures.len());
        for (n, why) in counted {
            println!("    {n} × {why}");
        }
    }
    println!(
        "  server peak memory {}: {:.1} MiB (VmHWM)",
        if reset {
            "during the load"
        } else {
            "since start (could not reset the peak)"
        },
        load_peak as f64 / 1024.0
    );
    drop(server);
    db.pool().close().await;
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this too, and then it only
    // checks that it builds.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    folder(dir.path());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    for backend in backends::all() {
        runtime.block_on(bench(&backend, dir.path()));
    }
}
