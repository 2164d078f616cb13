//! Writing and reading XLIFF 2.0 and 1.2 files.
//!
//! Written: 2.0 with each code's Markdown in `<originalData>` and `<pc>`/`<ph>` in the text;
//! 1.2 with `<g>`/`<x/>`, which free CAT tools handle best. Read: both, including what CAT
//! tools may turn codes into (2.0 `<sc>`/`<ec>`, 1.2 `<bx>`/`<ex>`, `<bpt>`/`<ept>`, `<ph>`,
//! `<it>`), segments a tool split a unit into, and annotations (`<mrk>`) left in place. Targets
//! in alternatives and matches (`<alt-trans>`, `<mtc:matches>`) are not the translation and
//! are skipped.

use quick_xml::XmlVersion;
use quick_xml::escape::escape;
use quick_xml::events::{BytesStart, Event as Xml};

use super::{Document, File, Inline, TargetState, Token, Unit, Version};

/// Writes a document in its version.
pub fn write(document: &Document) -> String {
    match document.version {
        Version::V2_0 => write_2_0(document),
        Version::V1_2 => write_1_2(document),
    }
}

fn write_2_0(document: &Document) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n",
        escape(&document.source_language),
        escape(&document.target_language)
    );
    for (index, file) in document.files.iter().enumerate() {
        out.push_str(&format!(
            "  <file id=\"f{}\" original=\"{}\">\n",
            index + 1,
            escape(&file.original)
        ));
        for unit in &file.units {
            out.push_str(&format!("    <unit id=\"{}\">\n", escape(&unit.id)));
            if needs_revising(unit) {
                out.push_str(&format!(
                    "      <notes>\n        <note>{REVISE}</note>\n      </notes>\n"
                ));
            }
            // Data ids: `d<n>` for a standalone code n, `d<n>s`/`d<n>e` for a pair.
            if !unit.source.codes.is_empty() {
                out.push_str("      <originalData>\n");
                for (index, code) in unit.source.codes.iter().enumerate() {
                    let n = index + 1;
                    if code.kind.is_paired() {
                        out.push_str(&format!(
                            "        <data id=\"d{n}s\">{}</data>\n        <data id=\"d{n}e\">{}</data>\n",
                            data(&code.start),
                            data(&code.end)
                        ));
                    } else {
                        out.push_str(&format!(
                            "        <data id=\"d{n}\">{}</data>\n",
                            data(&code.start)
                        ));
                    }
                }
                out.push_str("      </originalData>\n");
            }
            match (&unit.target, unit.state) {
                (Some(_), TargetState::Initial) => {
                    out.push_str("      <segment state=\"initial\">\n")
                }
                (Some(_), TargetState::Translated) => {
                    out.push_str("      <segment state=\"translated\">\n")
                }
                (None, _) => out.push_str("      <segment>\n"),
            }
            out.push_str(&format!(
                "        <source>{}</source>\n",
                content_2_0(&unit.source.tokens, &unit.source)
            ));
            if let Some(target) = &unit.target {
                out.push_str(&format!(
                    "        <target>{}</target>\n",
                    content_2_0(target, &unit.source)
                ));
            }
            out.push_str("      </segment>\n    </unit>\n");
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

/// The note on a unit whose target is an earlier translation of a source that has changed: the
/// state says so too, but not every CAT tool shows states, while all show notes.
const REVISE: &str = "The source text changed after this was translated. The target is the earlier translation: revise it.";

/// Whether a unit carries an earlier translation to revise.
fn needs_revising(unit: &Unit) -> bool {
    unit.target.is_some() && unit.state == TargetState::Initial
}

/// A code's Markdown as element content: line breaks as character references, so no tool
/// folds them.
fn data(markdown: &str) -> String {
    escape(markdown)
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
}

fn content_2_0(tokens: &[Token], source: &Inline) -> String {
    let mut out = String::new();
    for token in tokens {
        match token {
            Token::Text(text) => out.push_str(&escape(text)),
            Token::Open(id) => {
                let kind = source.code(*id).map_or("other", |c| c.kind.xliff2_type());
                out.push_str(&format!(
                    "<pc id=\"{id}\" type=\"{kind}\" dataRefStart=\"d{id}s\" dataRefEnd=\"d{id}e\">"
                ));
            }
            Token::Close(_) => out.push_str("</pc>"),
            Token::Placeholder(id) => {
                let kind = source.code(*id).map_or("other", |c| c.kind.xliff2_type());
                out.push_str(&format!(
                    "<ph id=\"{id}\" type=\"{kind}\" dataRef=\"d{id}\"/>"
                ));
            }
        }
    }
    out
}

fn write_1_2(document: &Document) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">\n",
    );
    for file in &document.files {
        out.push_str(&format!(
            "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"x-markdown\">\n    <body>\n",
            escape(&file.original),
            escape(&document.source_language),
            escape(&document.target_language)
        ));
        for unit in &file.units {
            out.push_str(&format!(
                "      <trans-unit id=\"{}\">\n        <source>{}</source>\n",
                escape(&unit.id),
                content_1_2(&unit.source.tokens, &unit.source)
            ));
            if let Some(target) = &unit.target {
                let state = match unit.state {
                    TargetState::Translated => "translated",
                    TargetState::Initial => "needs-review-translation",
                };
                out.push_str(&format!(
                    "        <target state=\"{state}\">{}</target>\n",
                    content_1_2(target, &unit.source)
                ));
            }
            if needs_revising(unit) {
                out.push_str(&format!("        <note>{REVISE}</note>\n"));
            }
            out.push_str("      </trans-unit>\n");
        }
        out.push_str("    </body>\n  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

fn content_1_2(tokens: &[Token], source: &Inline) -> String {
    let mut out = String::new();
    for token in tokens {
        match token {
            Token::Text(text) => out.push_str(&escape(text)),
            Token::Open(id) => {
                let kind = source
                    .code(*id)
                    .map_or("x-other", |c| c.kind.xliff12_ctype());
                out.push_str(&format!("<g id=\"{id}\" ctype=\"{kind}\">"));
            }
            Token::Close(_) => out.push_str("</g>"),
            Token::Placeholder(id) => {
                let kind = source
                    .code(*id)
                    .map_or("x-other", |c| c.kind.xliff12_ctype());
                out.push_str(&format!("<x id=\"{id}\" ctype=\"{kind}\"/>"));
            }
        }
    }
    out
}

/// Which text of a unit is being read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    Source,
    Target,
}

/// A unit being read.
struct Partial {
    id: String,
    source: Vec<Token>,
    target: Option<Vec<Token>>,
    state: TargetState,
    /// The current segment's or ignorable's source, for an ignorable without a target.
    piece_source: Vec<Token>,
    piece_has_target: bool,
}

/// An attribute's value, if there is one.
fn attribute(start: &BytesStart<'_>, name: &str) -> Option<String> {
    start.try_get_attribute(name).ok().flatten().and_then(|a| {
        a.normalized_value(XmlVersion::Implicit1_0)
            .ok()
            .map(|v| v.into_owned())
    })
}

/// A code's number from an attribute; leafpress numbers codes 1, 2, 3.
fn code_id(start: &BytesStart<'_>, names: &[&str]) -> Result<u32, String> {
    let element = start.local_name().into_inner().to_string();
    let value = names
        .iter()
        .find_map(|name| attribute(start, name))
        .ok_or_else(|| format!("a <{element}> tag has no `{}`", names[0]))?;
    value
        .parse()
        .map_err(|_| format!("the tag <{element} id=\"{value}\"> is not one leafpress wrote"))
}

/// Reads an XLIFF 2.0 or 1.2 document. The error says what is wrong and where.
pub fn read(xml: &str) -> Result<Document, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut document = Document {
        version: Version::V2_0,
        source_language: String::new(),
        target_language: String::new(),
        files: Vec::new(),
    };
    let mut stack: Vec<String> = Vec::new();
    let mut unit: Option<Partial> = None;
    let mut reading: Option<Reading> = None;
    let mut tokens: Vec<Token> = Vec::new();
    // Paired codes open in the text being read, to close them; and how deep inside an element
    // whose content is native code (1.2 `<bpt>`, `<ph>`...) or an alternative the reader is.
    let mut open_codes: Vec<Option<u32>> = Vec::new();
    let mut skip_depth = 0usize;
    loop {
        let position = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| format!("at byte {position}: {e}"))?;
        let (start, empty) = match &event {
            Xml::Start(start) => (Some(start.clone()), false),
            Xml::Empty(start) => (Some(start.clone()), true),
            _ => (None, false),
        };
        if skip_depth > 0 {
            match event {
                Xml::Start(_) => skip_depth += 1,
                Xml::End(_) => skip_depth -= 1,
                Xml::Eof => return Err("the file ends inside an element".into()),
                _ => {}
            }
            continue;
        }
        if let Some(start) = start {
            let name = start.local_name().into_inner().to_string();
            let parent = stack.last().map(String::as_str).unwrap_or("");
            if reading.is_some() {
                match name.as_str() {
                    "pc" | "g" => {
                        let id = code_id(&start, &["id"])?;
                        tokens.push(Token::Open(id));
                        if empty {
                            tokens.push(Token::Close(id));
                        } else {
                            open_codes.push(Some(id));
                        }
                    }
                    "ph" | "x" => {
                        tokens.push(Token::Placeholder(code_id(&start, &["id"])?));
                        if !empty {
                            // 1.2 `<ph>` holds native code, not text.
                            skip_depth = 1;
                            continue;
                        }
                    }
                    "sc" => tokens.push(Token::Open(code_id(&start, &["id"])?)),
                    "ec" => tokens.push(Token::Close(code_id(&start, &["startRef", "id"])?)),
                    "bx" => tokens.push(Token::Open(code_id(&start, &["rid", "id"])?)),
                    "ex" => tokens.push(Token::Close(code_id(&start, &["rid", "id"])?)),
                    "bpt" | "ept" | "it" => {
                        let id = code_id(&start, &["rid", "id"])?;
                        let opens = match name.as_str() {
                            "bpt" => true,
                            "ept" => false,
                            _ => attribute(&start, "pos").as_deref() != Some("close"),
                        };
                        tokens.push(if opens {
                            Token::Open(id)
                        } else {
                            Token::Close(id)
                        });
                        if !empty {
                            skip_depth = 1;
                            continue;
                        }
                    }
                    "cp" => {
                        let hex = attribute(&start, "hex").unwrap_or_default();
                        let c = u32::from_str_radix(&hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .ok_or_else(|| format!("<cp hex=\"{hex}\"> is not a character"))?;
                        super::inline::push_text(&mut tokens, &c.to_string());
                    }
                    // Annotations (`<mrk>`, `<sm/>`, `<em/>`) and anything else: their text
                    // is read, the element itself left out.
                    _ => {
                        if !empty {
                            open_codes.push(None);
                        }
                    }
                }
                if !empty {
                    stack.push(name);
                }
                continue;
            }
            match name.as_str() {
                "xliff" => {
                    document.version = match attribute(&start, "version").as_deref() {
                        Some("1.2") | Some("1.1") => Version::V1_2,
                        _ => Version::V2_0,
                    };
                    if let Some(language) = attribute(&start, "srcLang") {
                        document.source_language = language;
                    }
                    if let Some(language) = attribute(&start, "trgLang") {
                        document.target_language = language;
                    }
                }
                "file" => {
                    if document.version == Version::V1_2 {
                        if let Some(language) = attribute(&start, "source-language") {
                            document.source_language = language;
                        }
                        if let Some(language) = attribute(&start, "target-language") {
                            document.target_language = language;
                        }
                    }
                    document.files.push(File {
                        original: attribute(&start, "original")
                            .ok_or("a <file> has no `original` attribute")?,
                        units: Vec::new(),
                    });
                }
                "unit" | "trans-unit" => {
                    if empty {
                        return Err(format!("a <{name}> has no text"));
                    }
                    unit = Some(Partial {
                        id: attribute(&start, "id").unwrap_or_default(),
                        source: Vec::new(),
                        target: None,
                        state: TargetState::Translated,
                        piece_source: Vec::new(),
                        piece_has_target: false,
                    });
                }
                "alt-trans" | "matches" | "notes" | "note" | "originalData" | "seg-source"
                    if !empty =>
                {
                    skip_depth = 1;
                    continue;
                }
                "segment" | "ignorable" => {
                    if let Some(unit) = unit.as_mut() {
                        unit.piece_source.clear();
                        unit.piece_has_target = false;
                        if attribute(&start, "state").as_deref() == Some("initial") {
                            unit.state = TargetState::Initial;
                        }
                    }
                }
                "source" | "target" if matches!(parent, "segment" | "ignorable" | "trans-unit") => {
                    let which = if name == "source" {
                        Reading::Source
                    } else {
                        Reading::Target
                    };
                    if which == Reading::Target
                        && let Some(state) = attribute(&start, "state")
                        && let Some(unit) = unit.as_mut()
                        && (state.starts_with("needs-") || state == "new")
                    {
                        unit.state = TargetState::Initial;
                    }
                    if empty {
                        finish_text(unit.as_mut(), which, Vec::new());
                    } else {
                        reading = Some(which);
                        tokens.clear();
                        open_codes.clear();
                    }
                }
                _ => {}
            }
            if !empty {
                stack.push(name);
            }
            continue;
        }
        match event {
            Xml::Text(content) if reading.is_some() => {
                super::inline::push_text(&mut tokens, &content.xml10_content());
            }
            Xml::CData(content) if reading.is_some() => {
                super::inline::push_text(&mut tokens, &content.into_inner());
            }
            Xml::GeneralRef(reference) if reading.is_some() => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match reference.xml10_content().as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => return Err(format!("unknown entity `&{other};`")),
                    },
                };
                super::inline::push_text(&mut tokens, &resolved);
            }
            Xml::End(end) => {
                let name = end.local_name().into_inner().to_string();
                stack.pop();
                if let Some(which) = reading {
                    match name.as_str() {
                        "source" | "target" if open_codes.is_empty() => {
                            reading = None;
                            finish_text(unit.as_mut(), which, std::mem::take(&mut tokens));
                        }
                        _ => {
                            if let Some(Some(id)) = open_codes.pop() {
                                tokens.push(Token::Close(id));
                            }
                        }
                    }
                    continue;
                }
                match name.as_str() {
                    "segment" | "ignorable" => {
                        if let Some(unit) = unit.as_mut()
                            && name == "ignorable"
                            && !unit.piece_has_target
                            && let Some(target) = unit.target.as_mut()
                        {
                            append(target, std::mem::take(&mut unit.piece_source));
                        }
                    }
                    "unit" | "trans-unit" => {
                        let file = document
                            .files
                            .last_mut()
                            .ok_or("a unit is outside any <file>")?;
                        if let Some(partial) = unit.take() {
                            file.units.push(Unit {
                                id: partial.id,
                                source: Inline {
                                    tokens: partial.source,
                                    codes: Vec::new(),
                                },
                                target: partial.target,
                                state: partial.state,
                            });
                        }
                    }
                    _ => {}
                }
            }
            Xml::Eof => break,
            _ => {}
        }
    }
    if reading.is_some() || unit.is_some() {
        return Err("the file ends inside a unit".into());
    }
    if document.target_language.is_empty() {
        return Err(match document.version {
            Version::V2_0 => "the <xliff> element has no `trgLang`".into(),
            Version::V1_2 => "the <file> element has no `target-language`".into(),
        });
    }
    Ok(document)
}

/// Adds the source or target text of a segment to its unit.
fn finish_text(unit: Option<&mut Partial>, which: Reading, tokens: Vec<Token>) {
    let Some(unit) = unit else { return };
    match which {
        Reading::Source => {
            unit.piece_source = tokens.clone();
            append(&mut unit.source, tokens);
        }
        Reading::Target => {
            unit.piece_has_target = true;
            append(unit.target.get_or_insert_with(Vec::new), tokens);
        }
    }
}

/// Appends the tokens of a segment, joining text that meets text.
fn append(to: &mut Vec<Token>, tokens: Vec<Token>) {
    for token in tokens {
        match token {
            Token::Text(text) => super::inline::push_text(to, &text),
            code => to.push(code),
        }
    }
}
