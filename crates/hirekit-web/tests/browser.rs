//! The web app in a real browser: headless Chromium driven through chromedriver (W3C WebDriver)
//! against the app on a real TCP socket on 127.0.0.1, on SQLite and on PostgreSQL. A person's
//! path through the pages: the one-time sign-in link, choosing a password, signing in, the
//! pages of each role, signing out. What the test asserts is the text a person sees (the
//! rendered `<main>`), and it saves a PNG screenshot of every page it visits in
//! `target/browser-shots/<backend>/` to look at.
//!
//! Needs `chromium` and `chromedriver` (Debian packages of those names) and `pdftotext`
//! (poppler-utils). Under `CI=true` a missing one fails the test; elsewhere it is skipped with
//! the reason on stderr.

// The same SQLite and PostgreSQL test databases as the store's own tests (one file, not a copy).
#[path = "../../hirekit-store/tests/backends/mod.rs"]
mod backends;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hirekit_store::Database;
use hirekit_store::accounts::Role;

/// 2026-11-23 12:00 UTC: after every planned interview of the example, some scorecards late
/// (the same moment as the route tests).
const NOW: i64 = 1_795_435_200;
const PASSWORD: &str = "correct horse battery staple";

/// A program the test needs, found on PATH.
fn program(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// The programs, or `None` after saying why outside CI; under `CI=true` a missing one fails.
fn tools() -> Option<(PathBuf, PathBuf)> {
    let chromium = program("chromium");
    let driver = program("chromedriver");
    let pdftotext = program("pdftotext");
    let missing: Vec<&str> = [
        ("chromium", chromium.is_none()),
        ("chromedriver", driver.is_none()),
        ("pdftotext", pdftotext.is_none()),
    ]
    .into_iter()
    .filter_map(|(name, missing)| missing.then_some(name))
    .collect();
    if missing.is_empty() {
        return chromium.zip(driver);
    }
    let why = format!(
        "{} not found on PATH (Debian: apt-get install chromium chromium-driver poppler-utils)",
        missing.join(", ")
    );
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "the browser test must run under CI=true: {why}"
    );
    eprintln!("note: browser test skipped: {why}");
    None
}

/// A free port on 127.0.0.1 (the OS picks one; it is released just before use).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// chromedriver, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start(program: &Path) -> Driver {
        let port = free_port();
        let child = Command::new(program)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let driver = Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen on port {port} within 20 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        driver
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `target/browser-shots`, next to the test binary's `debug` folder.
fn shots_root() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's path");
    // target/debug/deps/browser-HASH → target
    let target = exe
        .ancestors()
        .nth(3)
        .map(Path::to_path_buf)
        .unwrap_or_else(std::env::temp_dir);
    target.join("browser-shots")
}

/// A browser session on the app, saving a screenshot of each page it looks at.
struct Browser {
    client: Client,
    /// Where the browser saves downloads.
    downloads: PathBuf,
    shots: PathBuf,
    count: usize,
}

impl Browser {
    async fn open(driver: &Driver, chromium: &Path, shots: PathBuf) -> Browser {
        let _ = fs_err::remove_dir_all(&shots);
        fs_err::create_dir_all(&shots).expect("the screenshot folder");
        let downloads = shots.join("downloads");
        let capabilities = serde_json::json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1000,1000", "--lang=en-GB", "--no-first-run",
                ],
                // Downloads (the letter PDF) go to a known folder, without asking, and a PDF is
                // saved rather than shown.
                "prefs": {
                    "download.default_directory": downloads,
                    "download.prompt_for_download": false,
                    "plugins.always_open_pdf_externally": true,
                },
            }
        });
        let serde_json::Value::Object(capabilities) = capabilities else {
            unreachable!("a JSON object")
        };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&driver.url)
            .await
            .unwrap_or_else(|e| panic!("chromedriver cannot start chromium: {e}"));
        Browser {
            client,
            downloads,
            shots,
            count: 0,
        }
    }

    /// The path of the current page (without the server's address).
    async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("the current URL");
        url.path().to_owned()
    }

    /// Screenshot of the page as `NN-name.png`, and the text a person reads in its `<main>`.
    async fn look(&mut self, name: &str) -> String {
        self.count += 1;
        let png = self.client.screenshot().await.expect("a screenshot");
        fs_err::write(
            self.shots.join(format!("{:02}-{name}.png", self.count)),
            png,
        )
        .expect("the screenshot is written");
        self.text("main").await
    }

    /// The rendered text of the first element matching `css`.
    async fn text(&self, css: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(element) => element.text().await.expect("its text"),
            Err(e) => panic!("no {css} on {}: {e}", self.path().await),
        }
    }

    async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("the page opens");
    }

    async fn type_into(&self, css: &str, text: &str) {
        let field = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no field {css}: {e}"));
        field.clear().await.expect("cleared");
        field.send_keys(text).await.expect("typed");
    }

    /// Clicks and waits until the browser shows another document (the old one's `<html>` is
    /// gone), also when a POST answers on the same URL.
    async fn click_away(&self, css: &str) {
        let old = self
            .client
            .find(Locator::Css("html"))
            .await
            .expect("a document");
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("nothing to click at {css}: {e}"))
            .click()
            .await
            .expect("clicked");
        let deadline = Instant::now() + Duration::from_secs(20);
        while old.tag_name().await.is_ok() {
            assert!(
                Instant::now() < deadline,
                "clicking {css} led nowhere within 20 s"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// A person's first visit: the one-time link, a password, then signing in.
    async fn first_sign_in(&mut self, link: &str, email: &str, who: &str) -> String {
        self.goto(link).await;
        let welcome = self.look(&format!("{who}-welcome")).await;
        insta::assert_snapshot!(format!("{who}_welcome"), welcome);
        self.type_into("#password", PASSWORD).await;
        self.click_away("main button[type=submit]").await;
        assert_eq!(self.path().await, "/signin");
        self.sign_in(email, who).await
    }

    async fn sign_in(&mut self, email: &str, who: &str) -> String {
        let _ = self.look(&format!("{who}-signin")).await;
        self.type_into("#email", email).await;
        self.type_into("#password", PASSWORD).await;
        self.click_away("main button[type=submit]").await;
        let welcome_path = self.path().await;
        assert_ne!(welcome_path, "/signin", "{who} is not signed in");
        welcome_path
    }

    async fn sign_out(&mut self) {
        self.click_away("header form button[type=submit]").await;
        assert_eq!(self.path().await, "/signin");
    }
}

/// The example folder imported into `url`, served on a free port with the clock at [`NOW`]
/// (the returned clock moves it).
async fn serve(url: &str) -> (Database, SocketAddr, Arc<AtomicI64>) {
    let (db, _) = Database::open(url).await.expect("opens the database");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/hiring");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    let (folder, _) = hirekit_folder::open(&root, &|_| true, today).expect("the example reads");
    db.import(&folder).await.expect("imports");
    let clock = Arc::new(AtomicI64::new(NOW));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    let addr = listener.local_addr().expect("its address");
    let router = hirekit_web::app(
        db.clone(),
        hirekit_web::Config {
            listen: addr,
            public_url: format!("http://{addr}"),
            root,
            // The fixtures' interviews are in November: Amsterdam is at +01:00.
            zone: hirekit_web::Zone::Fixed(chrono::FixedOffset::east_opt(3600).expect("an offset")),
        },
        {
            let clock = clock.clone();
            Arc::new(move || clock.load(Ordering::Relaxed))
        },
    )
    .expect("the app starts");
    tokio::spawn(async move { axum::serve(listener, router).await });
    (db, addr, clock)
}

async fn link_for(
    db: &Database,
    addr: SocketAddr,
    email: &str,
    name: &str,
    role: Role,
    lang: &str,
    now: i64,
) -> String {
    hirekit_web::add_user(db, &format!("http://{addr}"), email, name, &role, lang, now)
        .await
        .expect("adds the user")
}

fn link_path(link: &str) -> String {
    link.find("/welcome/")
        .map(|i| link[i..].to_owned())
        .unwrap_or_default()
}

/// Today's pages, as a recruiter and as an interviewer, on one backend.
async fn first_visits(browser: &mut Browser, db: &Database, addr: SocketAddr) {
    // A recruiter in English: link, password, sign-in, the candidate list, a candidate, sign out.
    let link = link_for(
        db,
        addr,
        "sanne@example.org",
        "Sanne de Wit",
        Role::Recruiter,
        "en",
        NOW,
    )
    .await;
    let landed = browser
        .first_sign_in(&link, "sanne@example.org", "recruiter")
        .await;
    assert_eq!(landed, "/candidates");
    let list = browser.look("recruiter-candidates").await;
    insta::assert_snapshot!("recruiter_candidates", list);
    browser
        .click_away("main a[href=\"/candidates/c-2026-020\"]")
        .await;
    let page = browser.look("recruiter-candidate").await;
    insta::assert_snapshot!("recruiter_candidate_awaiting", page);
    browser.sign_out().await;

    // An interviewer in Dutch: the link's page is already Dutch; their interviews; a candidate
    // whose panel they may not see before submitting their own scorecard.
    let link = link_for(
        db,
        addr,
        "chen@example.org",
        "Chen Li",
        Role::Interviewer("chen".into()),
        "nl",
        NOW,
    )
    .await;
    browser.goto(&link).await;
    let welcome = browser.look("chen-welcome").await;
    insta::assert_snapshot!("chen_welcome_nl", welcome);
    // Too short first: the browser itself keeps the form (minlength), nothing is sent.
    browser.type_into("#password", "kort").await;
    browser
        .client
        .find(Locator::Css("main button[type=submit]"))
        .await
        .expect("the button")
        .click()
        .await
        .expect("clicked");
    let _ = browser.look("chen-welcome-too-short").await;
    assert_eq!(browser.path().await, link_path(&link));
    assert!(
        browser
            .client
            .find(Locator::Css("#password:invalid"))
            .await
            .is_ok(),
        "a 4-character password is marked invalid"
    );
    browser.type_into("#password", PASSWORD).await;
    browser.click_away("main button[type=submit]").await;
    assert_eq!(browser.path().await, "/signin");
    let landed = browser.sign_in("chen@example.org", "chen").await;
    assert_eq!(landed, "/my-interviews");
    let mine = browser.look("chen-my-interviews").await;
    insta::assert_snapshot!("chen_my_interviews_nl", mine);
    browser
        .click_away("main a[href=\"/candidates/c-2026-020\"]")
        .await;
    let page = browser.look("chen-candidate").await;
    insta::assert_snapshot!("chen_candidate_own_first_nl", page);
    // The link is spent.
    browser.goto(&link).await;
    let spent = browser.look("chen-link-spent").await;
    insta::assert_snapshot!("link_spent_en", spent);
    browser.goto(&format!("http://{addr}/my-interviews")).await;
    browser.sign_out().await;
    let _ = browser.look("signed-out").await;
    // Signed out means signed out: the pages send back to sign-in.
    browser.goto(&format!("http://{addr}/my-interviews")).await;
    assert_eq!(browser.path().await, "/signin");
}

/// Fills the open scorecard form: every criterion `score` with evidence, the recommendation,
/// then "submit".
async fn fill_scorecard(browser: &mut Browser, who: &str, score: &str, recommendation: &str) {
    let radios = browser
        .client
        .find_all(Locator::Css(&format!(
            "fieldset.scale input[type=radio][value=\"{score}\"]"
        )))
        .await
        .expect("the score choices");
    assert_eq!(
        radios.len(),
        8,
        "one choice per criterion of the example scorecard"
    );
    for radio in radios {
        radio.click().await.expect("a score is chosen");
    }
    let fields = browser
        .client
        .find_all(Locator::Css("textarea[name^=\"evidence.\"]"))
        .await
        .expect("the evidence fields");
    for field in fields {
        field
            .send_keys("Gave one concrete example; no reason for the choice when asked.")
            .await
            .expect("typed");
    }
    browser
        .client
        .find(Locator::Css(&format!("#recommendation-{recommendation}")))
        .await
        .expect("the recommendation")
        .click()
        .await
        .expect("chosen");
    let _ = browser.look(&format!("{who}-scorecard-filled")).await;
    browser
        .click_away("button[name=action][value=submit]")
        .await;
}

/// Two interviewers fill the same candidate; the second cannot see the first's ratings before
/// submitting; the recruiter rejects and downloads the letter.
async fn the_round(browser: &mut Browser, db: &Database, addr: SocketAddr, backend: &str) {
    let base = format!("http://{addr}");
    let candidate = "/candidates/c-2026-020";

    // Chen (Dutch) fills and submits.
    browser.goto(&format!("{base}/signin")).await;
    browser.sign_in("chen@example.org", "chen").await;
    browser
        .click_away(&format!("main a[href=\"{candidate}\"]"))
        .await;
    browser
        .click_away(&format!("main a[href=\"{candidate}/scorecard\"]"))
        .await;
    let _ = browser.look("chen-scorecard").await;
    fill_scorecard(browser, "chen", "2", "no").await;
    let done = browser.look("chen-scorecard-submitted").await;
    insta::assert_snapshot!("chen_scorecard_submitted_nl", done);
    browser.goto(&format!("{base}{candidate}")).await;
    let page = browser.look("chen-candidate-after").await;
    insta::assert_snapshot!("chen_candidate_after_submitting_nl", page);
    browser.sign_out().await;

    // Bram (English): before submitting, neither the candidate's page nor the form shows what
    // Chen or Ayla rated.
    let link = link_for(
        db,
        addr,
        "bram@example.org",
        "Bram Visser",
        Role::Interviewer("bram".into()),
        "en",
        NOW + 24 * 3600,
    )
    .await;
    browser
        .first_sign_in(&link, "bram@example.org", "bram")
        .await;
    browser
        .click_away(&format!("main a[href=\"{candidate}\"]"))
        .await;
    let before = browser.look("bram-candidate-before").await;
    insta::assert_snapshot!("bram_candidate_before_submitting", before);
    browser
        .click_away(&format!("main a[href=\"{candidate}/scorecard\"]"))
        .await;
    let form = browser.look("bram-scorecard").await;
    for colleague in ["Chen Li", "Ayla Bakker"] {
        assert!(
            !form.contains(colleague),
            "Bram's form names {colleague} before he submitted:\n{form}"
        );
    }
    fill_scorecard(browser, "bram", "2", "no").await;
    let _ = browser.look("bram-scorecard-submitted").await;
    browser.goto(&format!("{base}{candidate}")).await;
    let after = browser.look("bram-candidate-after").await;
    insta::assert_snapshot!("bram_candidate_after_submitting", after);
    browser.sign_out().await;

    // The recruiter rejects, on the job requirements, and downloads the letter.
    browser.sign_in("sanne@example.org", "recruiter").await;
    browser
        .click_away(&format!("main a[href=\"{candidate}\"]"))
        .await;
    let panel = browser.look("recruiter-candidate-complete").await;
    insta::assert_snapshot!("recruiter_candidate_complete", panel);
    browser
        .click_away(&format!("main a[href=\"{candidate}/decision\"]"))
        .await;
    let _ = browser.look("recruiter-decision-form").await;
    for css in [
        "input[name=decision][value=reject]",
        "input[name=reason][value=requirements]",
    ] {
        browser
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
            .click()
            .await
            .expect("chosen");
    }
    browser.click_away("main form button[type=submit]").await;
    let recorded = browser.look("recruiter-decision-recorded").await;
    insta::assert_snapshot!("recruiter_decision_recorded", recorded);
    browser.goto(&format!("{base}{candidate}")).await;
    browser
        .click_away(&format!("main a[href=\"{candidate}/letter\"]"))
        .await;
    let letter = browser.look("recruiter-letter").await;
    insta::assert_snapshot!("recruiter_letter_preview", letter);
    let downloads = browser.downloads.clone();
    let _ = fs_err::remove_dir_all(&downloads);
    fs_err::create_dir_all(&downloads).expect("the download folder");
    browser
        .client
        .find(Locator::Css(&format!(
            "main a[href=\"{candidate}/letter.pdf\"]"
        )))
        .await
        .expect("the PDF link")
        .click()
        .await
        .expect("clicked");
    let pdf = wait_for_download(&downloads, "pdf").await;
    let text = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        text.status.success(),
        "pdftotext fails on {}",
        pdf.display()
    );
    let text = String::from_utf8(text.stdout).expect("UTF-8");
    assert!(
        text.contains("Nguyễn Văn An"),
        "the letter PDF ({backend}) does not name the candidate:\n{text}"
    );
    insta::assert_snapshot!("letter_pdf_text", text);
    browser.sign_out().await;
}

/// The one file with extension `ext` that appears in `dir` within 20 s (Chromium writes a
/// `.crdownload` first and renames it when done).
async fn wait_for_download(dir: &Path, ext: &str) -> PathBuf {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let done: Vec<PathBuf> = fs_err::read_dir(dir)
            .expect("the download folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .collect();
        if let [one] = done.as_slice() {
            return one.clone();
        }
        assert!(
            Instant::now() < deadline,
            "no .{ext} downloaded into {} within 20 s",
            dir.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[test]
fn a_team_works_in_the_browser() {
    let Some((chromium, chromedriver)) = tools() else {
        return;
    };
    let driver = Driver::start(&chromedriver);
    let started = Instant::now();
    for backend in backends::all() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async {
            let (db, addr, clock) = serve(&backend.url).await;
            let mut browser =
                Browser::open(&driver, &chromium, shots_root().join(backend.name)).await;
            first_visits(&mut browser, &db, addr).await;
            // The next day, after Bram's interview too.
            clock.store(NOW + 24 * 3600, Ordering::Relaxed);
            the_round(&mut browser, &db, addr, backend.name).await;
            browser.client.close().await.expect("the browser closes");
        });
        eprintln!(
            "browser test on {}: {:.1} s so far",
            backend.name,
            started.elapsed().as_secs_f64()
        );
    }
}
