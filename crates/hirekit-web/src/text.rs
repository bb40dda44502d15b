//! The words of the pages in Dutch and English, chosen per user, from the message catalogue
//! (`hirekit-text`, `messages/*/web.ftl`): the templates read them as `t.name`.

use std::collections::BTreeMap;

/// Every `web-…` message of `language`'s catalogue (`nl` or `en`) by its template name: the id
/// without `web-`, with `_` for `-` (`web-sign-in` is `t.sign_in`).
pub(crate) fn labels(language: &str) -> BTreeMap<String, String> {
    let lang = self::language(language);
    hirekit_text::ids(lang)
        .filter_map(|id| {
            let name = id.strip_prefix("web-")?;
            Some((name.replace('-', "_"), hirekit_text::message(lang, id, &[])))
        })
        .collect()
}

pub(crate) fn language(code: &str) -> hirekit_language::Language {
    if code == "nl" {
        hirekit_language::Language::Nl
    } else {
        hirekit_language::Language::En
    }
}
