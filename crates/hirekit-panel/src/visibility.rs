//! Independence of ratings: what may be shown of a panel before it is complete.
//!
//! Structured interviewing only works when every interviewer rates on their own; a colleague's
//! score, mean or recommendation seen before you submit anchors your own. So while any planned
//! interviewer has not submitted, *nothing* computed from the ratings is shown — no means, no
//! per-criterion values, no overall, no outcome, no reasons, no recommendations — only who has
//! submitted and who is awaited. Every front end (the terminal, the web app) asks this module,
//! so the rule is written once.

use serde::Serialize;

use hirekit_folder::{PlannedInterview, RatingsVisible};

use crate::Assessment;

/// Who has submitted and who is still awaited, for a panel that is not complete.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Awaiting {
    /// Interviewers whose scorecard is in, sorted.
    pub submitted: Vec<String>,
    /// Planned interviewers whose scorecard is not in yet, sorted.
    pub awaited: Vec<String>,
}

impl Awaiting {
    /// `None` when the panel is complete: every planned interviewer has submitted.
    pub fn of(assessment: &Assessment) -> Option<Awaiting> {
        if assessment.pending_scorecards.is_empty() {
            return None;
        }
        let mut submitted = assessment.interviewers.clone();
        submitted.sort();
        let mut awaited = assessment.pending_scorecards.clone();
        awaited.sort();
        awaited.dedup();
        Some(Awaiting { submitted, awaited })
    }
}

/// What may be shown of one candidate's panel.
#[derive(Debug, Clone, PartialEq)]
pub enum PanelView {
    /// Every planned scorecard is in: the whole assessment may be shown.
    Complete(Box<Assessment>),
    /// Not everyone has submitted: only who has and who has not.
    Awaiting(Awaiting),
    /// An interviewer who has not submitted their own scorecard: nothing of the panel, not
    /// even who has submitted, so that nothing tempts them to wait and compare.
    OwnFirst,
    /// The company shows interviewers no colleague's ratings (`ratings_visible: never`).
    NotShared,
}

/// Who looks at a candidate's panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer<'a> {
    /// A recruiter or hiring manager (the terminal's `hirekit score` too). `reveal`: given the
    /// right to see ratings before the panel is complete (`--reveal`).
    Team { reveal: bool },
    /// An interviewer of the candidate, by handle.
    Interviewer(&'a str),
}

impl PanelView {
    /// The view of `assessment` for someone who has not been given the right to see ratings
    /// early (in the terminal: without `--reveal`).
    pub fn of(assessment: Assessment) -> PanelView {
        match Awaiting::of(&assessment) {
            Some(awaiting) => PanelView::Awaiting(awaiting),
            None => PanelView::Complete(Box::new(assessment)),
        }
    }

    /// The view of `assessment` for `viewer`, under the company's `ratings_visible`.
    ///
    /// An interviewer sees colleagues' ratings only after submitting their own (a rating seen
    /// first anchors one's own) and only when the company allows it at all; after that the
    /// panel rule of [`PanelView::of`] holds for them as for everyone. The team sees the panel
    /// by that rule, or everything when revealed.
    pub fn for_viewer(
        assessment: Assessment,
        viewer: Viewer<'_>,
        visible: RatingsVisible,
    ) -> PanelView {
        match viewer {
            Viewer::Team { reveal: true } => PanelView::Complete(Box::new(assessment)),
            Viewer::Team { reveal: false } => PanelView::of(assessment),
            Viewer::Interviewer(_) if visible == RatingsVisible::Never => PanelView::NotShared,
            Viewer::Interviewer(handle) if !assessment.interviewers.iter().any(|i| i == handle) => {
                PanelView::OwnFirst
            }
            Viewer::Interviewer(_) => PanelView::of(assessment),
        }
    }
}

/// Whether the panel's ratings could already be seen, given the planned interviews and who has
/// submitted: every planned interviewer has (so the ratings were shown), or, without a plan,
/// someone besides one interviewer has. A scorecard refilled after that is no longer an
/// independent rating (`refilled_after_ratings_shown`).
pub fn ratings_were_visible(planned: &[PlannedInterview], submitted: &[String]) -> bool {
    if planned.is_empty() {
        return submitted.len() > 1;
    }
    planned.iter().all(|p| submitted.contains(&p.interviewer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_of_the_ratings_is_visible_while_someone_is_awaited() {
        let (card, filled) = crate::example();
        let planned: Vec<hirekit_folder::PlannedInterview> = ["ayla", "bram", "zoe"]
            .iter()
            .map(|who| hirekit_folder::PlannedInterview {
                interviewer: (*who).to_owned(),
                at: filled[0].interviewed_at,
            })
            .collect();
        let assessment = crate::assess(&card, &filled[..1], &planned, 24);
        assert_eq!(
            PanelView::of(assessment),
            PanelView::Awaiting(Awaiting {
                submitted: vec!["ayla".to_owned()],
                awaited: vec!["bram".to_owned(), "zoe".to_owned()],
            })
        );
        let complete = crate::assess(&card, &filled, &[], 24);
        assert!(matches!(PanelView::of(complete), PanelView::Complete(_)));
    }

    #[test]
    fn an_interviewer_sees_the_panel_after_their_own_scorecard_and_only_when_allowed() {
        let (card, filled) = crate::example();
        let complete = crate::assess(&card, &filled, &[], 24);
        let who: Vec<&str> = complete.interviewers.iter().map(String::as_str).collect();
        assert!(who.len() >= 2, "{who:?}");
        let view = |viewer, visible| PanelView::for_viewer(complete.clone(), viewer, visible);
        let after = RatingsVisible::AfterSubmit;
        let never = RatingsVisible::Never;
        // A panel member who has submitted: the complete panel, unless the company says never.
        assert_eq!(
            view(Viewer::Interviewer(who[0]), after),
            PanelView::Complete(Box::new(complete.clone()))
        );
        assert_eq!(
            view(Viewer::Interviewer(who[0]), never),
            PanelView::NotShared
        );
        // Someone whose scorecard is not in: nothing, whatever the setting.
        assert_eq!(view(Viewer::Interviewer("zoe"), after), PanelView::OwnFirst);
        assert_eq!(
            view(Viewer::Interviewer("zoe"), never),
            PanelView::NotShared
        );
        // The team is not an interviewer: the setting does not hide the panel from them.
        for visible in [after, never] {
            assert!(matches!(
                view(Viewer::Team { reveal: false }, visible),
                PanelView::Complete(_)
            ));
        }
        // While someone is awaited: who has submitted, for the team and a submitted member;
        // everything when revealed.
        let planned: Vec<PlannedInterview> = [who[0], "zoe"]
            .iter()
            .map(|w| PlannedInterview {
                interviewer: (*w).to_owned(),
                at: filled[0].interviewed_at,
            })
            .collect();
        let part = crate::assess(&card, &filled[..1], &planned, 24);
        let awaiting = |viewer| PanelView::for_viewer(part.clone(), viewer, after);
        assert!(matches!(
            awaiting(Viewer::Interviewer(who[0])),
            PanelView::Awaiting(_)
        ));
        assert!(matches!(
            awaiting(Viewer::Team { reveal: false }),
            PanelView::Awaiting(_)
        ));
        assert!(matches!(
            awaiting(Viewer::Team { reveal: true }),
            PanelView::Complete(_)
        ));
        assert_eq!(awaiting(Viewer::Interviewer("zoe")), PanelView::OwnFirst);
    }

    #[test]
    fn ratings_are_visible_once_every_planned_interviewer_has_submitted() {
        let (_, filled) = crate::example();
        let planned: Vec<PlannedInterview> = ["ayla", "bram"]
            .iter()
            .map(|who| PlannedInterview {
                interviewer: (*who).to_owned(),
                at: filled[0].interviewed_at,
            })
            .collect();
        let names = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(!ratings_were_visible(&planned, &names(&["ayla"])));
        assert!(ratings_were_visible(&planned, &names(&["ayla", "bram"])));
        // Without a plan: visible once a second interviewer is in.
        assert!(!ratings_were_visible(&[], &names(&["ayla"])));
        assert!(ratings_were_visible(&[], &names(&["ayla", "bram"])));
    }
}
