//! `hirekit send` against a real SMTP server on 127.0.0.1 (Python's aiosmtpd, `tests/smtp/server.py`):
//! the bytes the server keeps equal the stored copy and its recorded hash; nobody gets a letter
//! twice, however a run ends; a refused recipient, a lost reply, a timeout and a killed run each
//! leave a record that says exactly what happened and a re-run that sends the rest.
//!
//! Without aiosmtpd the tests skip with a note, except under `CI=true`, where they fail.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::example_copy;
use crate::util::{Run, hirekit_in, repo_root};

const TODAY: &str = "2026-11-23";
const REJECTED: [&str; 3] = ["c-2026-014", "c-2026-017", "c-2026-023"];

/// An SMTP server process and the folder it writes received messages to; killed on drop.
pub(crate) struct Server {
    child: Child,
    port: u16,
    inbox: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One received message.
#[derive(Debug)]
pub(crate) struct Received {
    bytes: Vec<u8>,
    rcpt: String,
}

impl Server {
    /// Starts `server.py` with `options`, or `None` (with a note) when aiosmtpd is missing.
    pub(crate) fn start(options: &[&str]) -> Option<Server> {
        let check = Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .output();
        if !check.is_ok_and(|o| o.status.success()) {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("aiosmtpd is not installed: `pip install aiosmtpd` (.ci/run does this)");
            }
            eprintln!(
                "SMTP test skipped: Python's aiosmtpd is not installed (pip install aiosmtpd)"
            );
            return None;
        }
        let inbox = tempfile::tempdir().unwrap();
        let mut child = Command::new("python3")
            .arg(repo_root().join("tests/smtp/server.py"))
            .arg(inbox.path())
            .args(options)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("no port from server.py: {line:?}"));
        Some(Server { child, port, inbox })
    }

    pub(crate) fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message received so far, in order.
    pub(crate) fn received(&self) -> Vec<Received> {
        let mut out = Vec::new();
        for n in 1.. {
            let eml = self.inbox.path().join(format!("{n}.eml"));
            let rcpt = self.inbox.path().join(format!("{n}.rcpt"));
            // The .rcpt is written last: when it is there, the message is complete.
            if !rcpt.is_file() {
                break;
            }
            out.push(Received {
                bytes: std::fs::read(eml).unwrap(),
                rcpt: std::fs::read_to_string(rcpt).unwrap(),
            });
        }
        out
    }
}

fn send(root: &Path, server: &Server, extra: &[&str]) -> Run {
    let url = server.url();
    let mut args = vec![
        "send",
        "--smtp",
        url.as_str(),
        "--today",
        TODAY,
        "--rate",
        "6000",
    ];
    args.extend_from_slice(extra);
    hirekit_in(root, &args)
}

/// A copy of the example folder with the letters of its three rejected candidates generated.
fn folder_with_letters(formats: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    hirekit_in(&root, &["feedback", "--today", TODAY, "--format", formats]).success();
    (dir, root)
}

fn sent_yaml(root: &Path, id: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(root.join(format!("candidates/{id}/sent.yaml"))).unwrap();
    serde_saphyr::from_str(&text).unwrap()
}

/// The last entry of the candidate's log.
fn last_entry(root: &Path, id: &str) -> serde_json::Value {
    sent_yaml(root, id)["entries"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone()
}

fn email_of(root: &Path, id: &str) -> String {
    let text =
        std::fs::read_to_string(root.join(format!("candidates/{id}/candidate.yaml"))).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("email: "))
        .unwrap()
        .trim()
        .to_owned()
}

fn message_id(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let line = text
        .lines()
        .find(|l| l.starts_with("Message-ID: <"))
        .unwrap();
    line["Message-ID: <".len()..line.len() - 1].to_owned()
}

#[test]
fn the_server_gets_exactly_the_stored_bytes_and_a_rerun_sends_nothing() {
    let Some(server) = Server::start(&[]) else {
        return;
    };
    let (_dir, root) = folder_with_letters("txt,eml,pdf");
    // Before sending, `due` lists the three as generated but not sent.
    let due = hirekit_in(&root, &["due", "--today", TODAY, "--format", "json"]).json();
    let send_items: Vec<&str> = due["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["task"] == "send")
        .map(|i| i["candidate"].as_str().unwrap())
        .collect();
    assert_eq!(send_items.len(), 3, "{due}");

    let run = send(&root, &server, &["--yes"]).success();
    assert_eq!(
        run.stderr,
        "overgeslagen: c-2026-011: het besluit is `advance`, niet `reject`; alleen een afgewezen kandidaat krijgt een afwijzing\n\
         overgeslagen: c-2026-020: het besluit is `none yet`, niet `reject`; alleen een afgewezen kandidaat krijgt een afwijzing\n"
    );
    let received = server.received();
    assert_eq!(received.len(), 3);
    for id in REJECTED {
        let entry = last_entry(&root, id);
        assert_eq!(entry["status"], "sent", "{entry}");
        let copy = std::fs::read(root.join(entry["copy"].as_str().unwrap())).unwrap();
        assert_eq!(
            hirekit_folder::sha256_hex(&copy),
            entry["sha256"].as_str().unwrap()
        );
        let got: Vec<&Received> = received
            .iter()
            .filter(|r| r.rcpt == email_of(&root, id))
            .collect();
        assert_eq!(got.len(), 1, "{id}");
        assert!(
            got[0].bytes == copy,
            "{id}: the server kept other bytes than the stored copy"
        );
        assert_eq!(message_id(&copy), entry["message_id"].as_str().unwrap());
        let text = String::from_utf8_lossy(&copy);
        assert!(!text.contains("X-Unsent"), "{id}: still marked as a draft");
        assert!(
            text.contains("Content-Type: application/pdf"),
            "{id}: no PDF"
        );
        let reply = entry["reply"].as_str().unwrap();
        assert!(reply.starts_with("250 2.0.0 Ok: queued as "), "{reply}");
        let line = format!(
            "{id} verzonden aan {} (Message-ID <{}>; server: {reply})",
            email_of(&root, id),
            entry["message_id"].as_str().unwrap()
        );
        assert!(
            run.stdout.lines().any(|l| l == line),
            "{line}\n{}",
            run.stdout
        );
    }
    // Nothing left to send, and `due` has nothing about these three.
    let again = send(&root, &server, &["--yes"]).success();
    assert_eq!(again.stdout, "");
    assert!(
        again.stderr.ends_with("niets te verzenden\n"),
        "{}",
        again.stderr
    );
    assert!(
        again
            .stderr
            .contains("overgeslagen: c-2026-014: al verzonden op "),
        "{}",
        again.stderr
    );
    assert_eq!(server.received().len(), 3);
    let due = hirekit_in(&root, &["due", "--today", TODAY, "--format", "json"]).json();
    assert!(
        due["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["task"] != "send"),
        "{due}"
    );

    // The proof: the stored copy checks out, and a changed copy is found out.
    let entry = last_entry(&root, "c-2026-014");
    let verify = hirekit_in(&root, &["send", "--verify", "c-2026-014"]).success();
    let copy_line = format!(
        "  kopie {}: klopt met de SHA-256 {}",
        entry["copy"].as_str().unwrap(),
        entry["sha256"].as_str().unwrap()
    );
    assert!(
        verify.stdout.lines().any(|l| l == copy_line),
        "{}",
        verify.stdout
    );
    let copy = root.join(entry["copy"].as_str().unwrap());
    let mut bytes = std::fs::read(&copy).unwrap();
    bytes.push(b' ');
    std::fs::write(&copy, bytes).unwrap();
    let verify = hirekit_in(&root, &["send", "--verify", "c-2026-014"]).failure(1);
    assert!(
        verify.stdout.contains(": KLOPT NIET: vastgelegd "),
        "{}",
        verify.stdout
    );

    // `--resend` is explicit, says when the previous one went, and is a new message.
    let resend = send(&root, &server, &["--resend", "c-2026-017", "--yes"]).success();
    let previous = last_entry(&root, "c-2026-017");
    assert_eq!(server.received().len(), 4);
    assert_eq!(previous["resend"], true);
    assert!(
        resend.stdout.contains("(opnieuw: de vorige, <"),
        "{}",
        resend.stdout
    );
}

#[test]
fn without_yes_and_without_a_terminal_nothing_is_sent() {
    let Some(server) = Server::start(&[]) else {
        return;
    };
    let (_dir, root) = folder_with_letters("txt,eml");
    let run = send(&root, &server, &["c-2026-014", "c-2026-023"]).failure(1);
    assert_eq!(
        run.stdout,
        "c-2026-014: aan Şükrü Yılmaz <sukru.yilmaz@example.org>, \"Je sollicitatie als Senior backend-developer bij Kanaalzicht Software B.V.\", out/c-2026-014.eml\n\
         c-2026-023: aan Олена Шевченко <olena.shevchenko@example.org>, \"Your application for Senior backend developer at Kanaalzicht Software B.V.\", out/c-2026-023.eml\n"
    );
    assert_eq!(
        run.stderr,
        format!(
            "niets verzonden: bevestig met --yes om deze 2 brieven te verzenden via 127.0.0.1:{}\n",
            server.port
        )
    );
    assert!(server.received().is_empty());
    assert!(!root.join("candidates/c-2026-014/sent.yaml").exists());
}

#[test]
fn a_letter_written_for_other_data_or_to_someone_not_rejected_is_refused() {
    let Some(server) = Server::start(&[]) else {
        return;
    };
    let (_dir, root) = folder_with_letters("txt,eml");
    let candidate = root.join("candidates/c-2026-014/candidate.yaml");
    let original = std::fs::read_to_string(&candidate).unwrap();
    std::fs::write(&candidate, original.replace("Kanaalweg 41", "Kanaalweg 43")).unwrap();
    let run = send(&root, &server, &["c-2026-014", "--yes"]).failure(1);
    assert_eq!(
        run.stderr,
        "error: c-2026-014: de naam, het e-mailadres of het postadres is gewijzigd nadat de brief is gemaakt; maak hem eerst opnieuw (`hirekit feedback c-2026-014 --force`)\n\
         niets te verzenden\n"
    );
    std::fs::write(
        &candidate,
        original.replace(
            "decision: reject\ndecision_reason: requirements",
            "decision: advance",
        ),
    )
    .unwrap();
    let run = send(&root, &server, &["c-2026-014", "--yes"]).failure(1);
    assert_eq!(
        run.stderr,
        "error: c-2026-014: het besluit is `advance`, niet `reject`; alleen een afgewezen kandidaat krijgt een afwijzing\n\
         niets te verzenden\n"
    );
    // The same person applying twice: a rejection never goes to an address that is advancing.
    std::fs::write(&candidate, &original).unwrap();
    let other = root.join("candidates/c-2026-011/candidate.yaml");
    let text = std::fs::read_to_string(&other).unwrap();
    let address = email_of(&root, "c-2026-011");
    std::fs::write(&other, text.replace(&address, "sukru.yilmaz@example.org")).unwrap();
    let run = send(&root, &server, &["c-2026-014", "--yes"]).failure(1);
    assert_eq!(
        run.stderr,
        "error: c-2026-014: het adres is ook dat van kandidaat `c-2026-011`, met besluit `advance`; een afwijzing gaat nooit naar iemand die door is naar de volgende ronde of is aangenomen\n\
         niets te verzenden\n"
    );
    // A changed e-mail file is not the letter that was generated.
    std::fs::write(&other, text).unwrap();
    let eml = root.join("out/c-2026-014.eml");
    let draft = std::fs::read_to_string(&eml).unwrap();
    std::fs::write(&eml, draft.replace("Beste", "Hoi")).unwrap();
    let run = send(&root, &server, &["c-2026-014", "--yes"]).failure(1);
    assert!(
        run.stderr.starts_with("error: c-2026-014: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("out/c-2026-014.eml is gewijzigd nadat hij is gemaakt"),
        "{}",
        run.stderr
    );
    assert!(server.received().is_empty());
}

#[test]
fn plain_smtp_is_only_for_this_machine() {
    let (_dir, root) = folder_with_letters("txt,eml");
    let run = hirekit_in(
        &root,
        &[
            "send",
            "--smtp",
            "smtp://mail.example.org:25",
            "--yes",
            "--today",
            TODAY,
        ],
    )
    .failure(1);
    assert_eq!(
        run.stderr,
        "error: plain `smtp://` sends letters unencrypted, so it is only allowed to this machine (127.0.0.1, ::1 or localhost), not to `mail.example.org`; use smtp+starttls:// or smtps://\n"
    );
}

#[test]
fn a_refused_recipient_is_recorded_and_sent_on_a_later_run() {
    let (_dir, root) = folder_with_letters("txt,eml");
    let refused = email_of(&root, "c-2026-017");
    let Some(server) = Server::start(&["--reject", &refused]) else {
        return;
    };
    let run = send(&root, &server, &["--yes"]).failure(1);
    assert!(
        run.stderr.contains(&format!(
            "error: c-2026-017: niet verzonden: the server refused the recipient: permanent error (550): 5.1.1 <{refused}>: Recipient address rejected: User unknown; er is niets afgeleverd, een volgende keer wordt het opnieuw geprobeerd\n"
        )),
        "{}",
        run.stderr
    );
    assert_eq!(last_entry(&root, "c-2026-017")["status"], "not_sent");
    assert_eq!(server.received().len(), 2);
    // The address is fixed on the server's side; the next run sends only the refused one.
    drop(server);
    let Some(server) = Server::start(&[]) else {
        return;
    };
    send(&root, &server, &["--yes"]).success();
    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].rcpt, refused);
    assert_eq!(last_entry(&root, "c-2026-017")["status"], "sent");
}

/// Lost replies, whether the connection drops or the server is too slow: the message may have
/// arrived, so the record says so, the batch stops, and the user decides.
fn a_lost_reply_stops_the_batch_and_waits_for_the_user(options: &[&str], extra: &[&str]) {
    let (_dir, root) = folder_with_letters("txt,eml");
    let mut options: Vec<String> = options.iter().map(|s| (*s).to_owned()).collect();
    for o in &mut options {
        if o == "ADDRESS" {
            *o = email_of(&root, "c-2026-014");
        }
    }
    let options: Vec<&str> = options.iter().map(String::as_str).collect();
    let Some(server) = Server::start(&options) else {
        return;
    };
    let mut args = vec!["--yes"];
    args.extend_from_slice(extra);
    let run = send(&root, &server, &args).failure(1);
    let entry = last_entry(&root, "c-2026-014");
    assert_eq!(entry["status"], "unknown", "{entry}");
    assert!(
        run.stderr.contains("gestopt: 2 brieven niet geprobeerd; voer `hirekit send` opnieuw uit om de rest te verzenden (niemand krijgt er twee)\n"),
        "{}",
        run.stderr
    );
    // The server did keep it: the re-run must not send it again, but sends the other two.
    drop(server);
    let Some(server) = Server::start(&[]) else {
        return;
    };
    let rerun = send(&root, &server, &["--yes"]).failure(1);
    let message_id = entry["message_id"].as_str().unwrap();
    let first_at = chrono::DateTime::parse_from_rfc3339(
        sent_yaml(&root, "c-2026-014")["entries"][0]["at"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert!(
        rerun.stderr.contains(&format!(
            "error: c-2026-014: de verzending van {} (Message-ID <{message_id}>) is onderbroken nadat het hele bericht was overgedragen, voordat de server antwoordde; misschien is hij aangekomen, misschien niet. Zoek die Message-ID in de verzonden mail of het log van de server en voer dan `hirekit send --confirm-sent c-2026-014` uit als hij is aangekomen, of `hirekit send --resend c-2026-014` als dat niet zo is\n",
            first_at.format("%Y-%m-%d %H:%M %:z")
        )),
        "{}",
        rerun.stderr
    );
    assert_eq!(server.received().len(), 2);
    hirekit_in(&root, &["send", "--confirm-sent", "c-2026-014"]).success();
    let entry = last_entry(&root, "c-2026-014");
    assert_eq!(
        (
            entry["status"].as_str(),
            entry["confirmed_by_hand"].as_bool()
        ),
        (Some("sent"), Some(true))
    );
    send(&root, &server, &["--yes"]).success();
    assert_eq!(server.received().len(), 2);
}

#[test]
fn a_dropped_connection_after_the_message_leaves_an_unknown_outcome() {
    a_lost_reply_stops_the_batch_and_waits_for_the_user(&["--drop-after-data", "ADDRESS"], &[]);
}

#[test]
fn a_server_that_does_not_answer_in_time_leaves_an_unknown_outcome() {
    a_lost_reply_stops_the_batch_and_waits_for_the_user(
        &["--delay-data", "4"],
        &["--timeout", "1"],
    );
}

/// 100 rejected candidates, made from one example candidate with invented names.
fn folder_of_100() -> (tempfile::TempDir, PathBuf, Vec<String>) {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    let candidates = root.join("candidates");
    let model = candidates.join("c-2026-014");
    let mut ids = Vec::new();
    for n in 1..=100 {
        let id = format!("c-batch-{n:03}");
        let target = candidates.join(&id);
        crate::util::copy_dir(&model, &target);
        for file in [
            "candidate.yaml",
            "interviews/ayla.yaml",
            "interviews/bram.yaml",
        ] {
            let path = target.join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(
                &path,
                text.replace("c-2026-014", &id)
                    .replace("Şükrü Yılmaz", &format!("Kandidaat Proef {n:03}"))
                    .replace(
                        "sukru.yilmaz@example.org",
                        &format!("proef-{n:03}@example.org"),
                    ),
            )
            .unwrap();
        }
        ids.push(id);
    }
    let mut args = vec!["feedback", "--today", TODAY, "--format", "txt,eml"];
    args.extend(ids.iter().map(String::as_str));
    hirekit_in(&root, &args).success();
    (dir, root, ids)
}

#[test]
fn killing_a_batch_of_100_and_running_again_delivers_each_letter_exactly_once() {
    let Some(server) = Server::start(&[]) else {
        return;
    };
    let (_dir, root, ids) = folder_of_100();
    let url = server.url();
    let mut child = Command::new(env!("CARGO_BIN_EXE_hirekit"))
        .args([
            "send", "--smtp", &url, "--today", TODAY, "--rate", "600", "--yes",
        ])
        .args(&ids)
        .current_dir(&root)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while server.received().len() < 20 && start.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let before = server.received().len();
    assert!((20..100).contains(&before), "killed after {before} letters");

    // The re-run sends the rest, and refuses at most the one whose outcome nobody knows.
    let mut args = vec!["--yes"];
    args.extend(ids.iter().map(String::as_str));
    let rerun = send(&root, &server, &args);
    let unresolved: Vec<&String> = ids
        .iter()
        .filter(|id| last_entry(&root, id)["status"] != "sent")
        .collect();
    assert!(unresolved.len() <= 1, "{unresolved:?}\n{}", rerun.stderr);
    // Playing the recruiter: look for the Message-ID in what the server kept, then decide.
    for id in unresolved {
        let entry = last_entry(&root, id);
        assert!(
            ["sending", "unknown"].contains(&entry["status"].as_str().unwrap()),
            "{entry}"
        );
        let arrived = server
            .received()
            .iter()
            .any(|r| message_id(&r.bytes) == entry["message_id"].as_str().unwrap());
        if arrived {
            hirekit_in(&root, &["send", "--confirm-sent", id]).success();
        } else {
            send(&root, &server, &["--resend", id, "--yes"]).success();
        }
    }
    let received = server.received();
    for id in &ids {
        let address = email_of(&root, id);
        let count = received.iter().filter(|r| r.rcpt == address).count();
        assert_eq!(count, 1, "{id} got {count} letters");
        assert_eq!(last_entry(&root, id)["status"], "sent", "{id}");
    }
    assert_eq!(received.len(), 100);
    send(&root, &server, &args).success();
    assert_eq!(server.received().len(), 100);
}
