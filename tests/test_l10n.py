"""Localisation as translators and users meet it: units, catalogs, translated builds, formatting, scripts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from babel.messages.pofile import read_po, write_po
from docxfactory import DocBuilder, raw
from lxml import etree

from adaptkit.build import BuildSpec, build
from adaptkit.docx.package import DocxPackage
from adaptkit.errors import AdaptkitError
from adaptkit.l10n.units import extract_units

B = {"bold": True}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def units_of(data: bytes) -> list[str]:
    package = DocxPackage.open(data)
    return [u.msgid for part in package.text_parts if part.kind != "core" for u in extract_units(part)]


# -- units -------------------------------------------------------------------------------------


def test_formatting_becomes_numbered_tags_and_placeholders_stay():
    data = (DocBuilder()
            .p(["Members who are ", ("sex worker-led", B), " may vote at the {{ assembly_name }}."])
            .p(["Name:", raw(f'<w:r xmlns:w="{W[1:-1]}"><w:tab/></w:r>'), "{{ ", ("name", B), " }}"])
            .p(["Use <b> & ", ("bold", {"italic": True}), " {% if x %}here{% endif %}"])
            .build())
    assert units_of(data) == [
        "Members who are <1>sex worker-led</1> may vote at the {{ assembly_name }}.",
        "Name:<1/>{{ name }}",
        "Use &lt;b> &amp; <1>bold</1> <2/>here<3/>",
    ]


def test_structural_numeric_and_duplicate_paragraphs():
    data = DocBuilder().paragraphs("{%p if x %}", "12.5 %", "  ", "Same text", "{%p endif %}", "Same text").build()
    assert units_of(data) == ["Same text", "Same text"]  # the catalog keeps one entry with two locations


def test_a_paragraph_all_in_bold_needs_no_tag():
    assert units_of(DocBuilder().p([("Entirely bold", B)]).build()) == ["Entirely bold"]


def test_hyperlinks_become_span_tags():
    def link(document):
        paragraph = document.add_paragraph("See ")
        rel = document.part.relate_to("https://example.org/", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK,
                                      is_external=True)
        paragraph._p.append(etree.fromstring(
            f'<w:hyperlink xmlns:w="{W[1:-1]}" xmlns:r="{R_NS}" r:id="{rel}"><w:r><w:rPr><w:u w:val="single"/>'
            f"</w:rPr><w:t>our guide</w:t></w:r></w:hyperlink>"))
        paragraph.add_run(" today.")

    assert units_of(DocBuilder().do(link).build()) == ["See <1>our guide</1> today."]


# -- a library template with catalogs, built for real -------------------------------------------


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib" / "demo"
    folder.mkdir(parents=True)
    data = (DocBuilder()
            .p("Membership", style="Heading 1")
            .p(["Members who are ", ("sex worker-led", B), " may vote at the {{ assembly_name }}."])
            .p("Untouched paragraph.")
            .header(["Model manual {{ version }}"])
            .build())
    (folder / "template.docx").write_bytes(data)
    (folder / "template.yaml").write_text("id: demo\ntitle: Demo\nkind: manual\nversion: '2'\nvariables:\n"
                                          "  assembly_name: {type: string, default: General Assembly, "
                                          "description: The assembly}\n", encoding="utf-8")
    return tmp_path / "lib"


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "adaptkit", *args], capture_output=True, text=True, cwd=cwd)


def fill(po: Path, translations: dict[str, str], fuzzy: set[str] = frozenset()) -> None:
    with po.open("rb") as stream:
        catalog = read_po(stream)
    for message in catalog:
        if message.id in translations:
            message.string = translations[message.id]
            if message.id in fuzzy:
                message.flags.add("fuzzy")
    with po.open("wb") as stream:
        write_po(stream, catalog, width=0)


def init_fr(library: Path) -> Path:
    result = run_cli("--library", str(library), "i18n", "init", "demo", "-l", "fr", cwd=library)
    assert result.returncode == 0, result.stderr
    return library / "demo" / "locales" / "fr" / "LC_MESSAGES" / "demo.po"


def test_round_trip_with_reordered_tags_keeps_the_bold_word(library: Path, tmp_path: Path):
    po = init_fr(library)
    fill(po, {
        "Membership": "Adhésion",
        "Members who are <1>sex worker-led</1> may vote at the {{ assembly_name }}.":
            "À l'{{ assembly_name }}, seuls les membres <1>dirigés par des travailleur·ses du sexe</1> votent.",
        "Model manual {{ version }}": "Manuel modèle {{ version }}",
    })
    result = build(BuildSpec("demo", libraries=[library], region="global", locale="fr",
                             output=tmp_path / "fr.docx", assignments=["assembly_name=Assemblée générale"]))
    document = docx.Document(str(tmp_path / "fr.docx"))
    paragraph = document.paragraphs[1]
    assert paragraph.text == ("À l'Assemblée générale, seuls les membres dirigés par des travailleur·ses du sexe "
                              "votent.")
    bold = [run.text for run in paragraph.runs if run.bold]
    assert bold == ["dirigés par des travailleur·ses du sexe"]
    assert document.paragraphs[0].text == "Adhésion" and document.paragraphs[0].style.name == "Heading 1"
    assert document.sections[0].header.paragraphs[0].text == "Manuel modèle 2"
    assert document.paragraphs[2].text == "Untouched paragraph."
    assert result.translation.total == 4 and len(result.translation.untranslated) == 1
    assert any("1 of 4 paragraphs have no 'fr' translation" in w for w in result.warnings)


def test_strict_l10n_refuses_untranslated(library: Path, tmp_path: Path):
    init_fr(library)
    with pytest.raises(AdaptkitError, match=r"4 of 4 paragraphs have no 'fr' translation, the first at body ¶1"):
        build(BuildSpec("demo", libraries=[library], region="global", locale="fr", output=tmp_path / "x.docx",
                        strict_l10n=True))
    assert not (tmp_path / "x.docx").exists()


def test_language_without_territory_is_the_fallback(library: Path, tmp_path: Path):
    po = init_fr(library)
    fill(po, {"Membership": "Adhésion"})
    build(BuildSpec("demo", libraries=[library], region="global", locale="fr-CA", output=tmp_path / "ca.docx"))
    assert docx.Document(str(tmp_path / "ca.docx")).paragraphs[0].text == "Adhésion"


def test_bad_translations_are_located_errors(library: Path, tmp_path: Path):
    po = init_fr(library)
    fill(po, {"Members who are <1>sex worker-led</1> may vote at the {{ assembly_name }}.":
              "Les membres <1>dirigés</1> votent à l'assemblée."})
    with pytest.raises(AdaptkitError) as caught:
        build(BuildSpec("demo", libraries=[library], region="global", locale="fr", output=tmp_path / "x.docx"))
    message = str(caught.value)
    assert message.startswith(f"{po}: line ")
    assert '"Members who are <1>sex worker-led</1> may…" (body ¶2)' in message
    assert "placeholders differ" in message

    fill(po, {"Members who are <1>sex worker-led</1> may vote at the {{ assembly_name }}.":
              "Les membres dirigés votent à l'{{ assembly_name }}."})
    with pytest.raises(AdaptkitError, match=r"tags differ from the source's: missing tag <1>"):
        build(BuildSpec("demo", libraries=[library], region="global", locale="fr", output=tmp_path / "x.docx"))
    assert not (tmp_path / "x.docx").exists()


def test_po_syntax_error_names_file_and_line(library: Path, tmp_path: Path):
    po = init_fr(library)
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgid "broken\nmsgstr ""\n', encoding="utf-8")
    with pytest.raises(AdaptkitError, match=rf"{po.name}: line \d+: not a valid .po file"):
        build(BuildSpec("demo", libraries=[library], region="global", locale="fr", output=tmp_path / "x.docx"))


def test_unknown_locale(run):
    result = run("build", "code-of-conduct", "--sample", "--locale", "xx-YY")
    assert result.exit_code == 1
    assert "unknown locale 'xx-YY'" in result.stderr


def test_stale_catalog_is_reported_and_the_build_goes_on(library: Path, tmp_path: Path):
    po = init_fr(library)
    fill(po, {"Membership": "Adhésion"})
    text = po.read_text(encoding="utf-8") + '\nmsgid "A paragraph the template no longer has."\nmsgstr "Ancien."\n'
    po.write_text(text, encoding="utf-8")
    result = build(BuildSpec("demo", libraries=[library], region="global", locale="fr", output=tmp_path / "s.docx"))
    assert any("1 entry not in this template version (stale" in w for w in result.warnings)
    assert docx.Document(str(tmp_path / "s.docx")).paragraphs[0].text == "Adhésion"


# -- catalog commands -----------------------------------------------------------------------------


def test_update_carries_translations_forward_as_fuzzy_and_keeps_obsolete(library: Path):
    po = init_fr(library)
    fill(po, {"Untouched paragraph.": "Paragraphe intact.", "Membership": "Adhésion"})
    template = library / "demo" / "template.docx"
    data = (DocBuilder().p("Membership", style="Heading 1").p("Untouched paragraphs.")
            .p("Quorum rules apply to every vote.").build())
    template.write_bytes(data)
    result = run_cli("--library", str(library), "i18n", "update", "demo", cwd=library)
    assert result.returncode == 0, result.stderr
    assert "2 new, 2 obsolete" in result.stdout
    text = po.read_text(encoding="utf-8")
    assert '#, fuzzy\n#| msgid "Untouched paragraph."\nmsgid "Untouched paragraphs."\nmsgstr "Paragraphe intact."' in text
    assert '#~ msgid "Members who are <1>sex worker-led</1>' in text
    stats = json.loads(run_cli("--library", str(library), "i18n", "stats", "demo", "--json", cwd=library).stdout)
    assert stats == [{"template": "demo", "locale": "fr", "translated": 1, "fuzzy": 1, "untranslated": 1,
                      "total": 3, "obsolete": 2, "percent": 33.3}]


def test_compile_writes_mo_files(library: Path):
    po = init_fr(library)
    fill(po, {"Membership": "Adhésion"})
    result = run_cli("--library", str(library), "i18n", "compile", "demo", cwd=library)
    assert result.returncode == 0
    from babel.messages.mofile import read_mo

    with po.with_suffix(".mo").open("rb") as stream:
        assert read_mo(stream).get("Membership").string == "Adhésion"


def test_check_reports_each_kind_of_problem(library: Path):
    po = init_fr(library)
    fill(po, {
        "Members who are <1>sex worker-led</1> may vote at the {{ assembly_name }}.":
            "Les <1>membres</2> votent {% if x %}à l'{{ assembly }}{% endif %}.",
        "Model manual {{ version }}": "Manuel {{ version ",
    })
    result = run_cli("--library", str(library), "i18n", "check", "demo", cwd=library)
    assert result.returncode == 1
    out = result.stdout
    assert "placeholders differ from the source (missing {{ assembly_name }}; unexpected {{ assembly }})" in out
    assert "contains a {% %} statement" in out
    assert "tags differ from the source: unknown tag <2>" in out
    assert "does not parse as a template" in out
    assert "(body:2)" in out and f"{po}:" in out


def test_pybabel_extract_uses_the_same_units(library: Path, tmp_path: Path):
    (tmp_path / "babel.cfg").write_text("[adaptkit_docx: **.docx]\n")
    pot = tmp_path / "messages.pot"
    result = subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F",
                             str(tmp_path / "babel.cfg"), "-o", str(pot), str(library)], capture_output=True,
                            text=True)
    if "No module named" in result.stderr:  # older Babel without a __main__ for the frontend
        result = subprocess.run(["pybabel", "extract", "-F", str(tmp_path / "babel.cfg"), "-o", str(pot),
                                 str(library)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with pot.open("rb") as stream:
        ids = [m.id for m in read_po(stream) if m.id]
    assert "Members who are <1>sex worker-led</1> may vote at the {{ assembly_name }}." in ids
    assert "Model manual {{ version }}" in ids


# -- CLDR formatting -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "locale", "expected"),
    [("swan/kg", "ru", "1 234,50 сом | 25 % | 1 234 567 | 1 июл. 2026 г. | Кения и Уганда | 3 члена"),
     ("global", "en", "$1,234.50 | 25% | 1,234,567 | Jul 1, 2026 | Kenya and Uganda | 3 members")],
)
def test_babel_filters_follow_the_build_locale(tmp_path: Path, region: str, locale: str, expected: str):
    source = ("{{ amount|currency(money) }} | {{ 0.25|percent }} | {{ 1234567|decimal }} | {{ day|date }} | "
              "{{ countries|format_list }} | {{ n }} {{ n|plural(one=one, few=few, many=many, other=other) }}")
    path = tmp_path / "f.docx"
    path.write_bytes(DocBuilder().p(source).build())
    countries = '["Kenya", "Uganda"]' if locale == "en" else '["Кения", "Уганда"]'
    data = tmp_path / "d.json"
    data.write_text(json.dumps({"amount": 1234.5, "money": "KGS" if locale == "ru" else "USD", "day": "2026-07-01",
                                "countries": json.loads(countries), "n": 3,
                                "one": "member" if locale == "en" else "член", "few": "члена",
                                "many": "членов", "other": "members" if locale == "en" else "члена"}),
                    encoding="utf-8")
    build(BuildSpec(str(path), data_files=[data], region=region, locale=locale, output=tmp_path / "o.docx"))
    text = docx.Document(str(tmp_path / "o.docx")).paragraphs[0].text.replace("\u00a0", " ").replace("\u202f", " ")
    assert text == expected


# -- scripts and direction -----------------------------------------------------------------------


SCRIPT_REGION = '''
from adaptkit import Region, hookimpl

@hookimpl
def register_regions(register):
    register(Region(code="scripts", name="Scripts", locales=("en", "ru", "th", "my", "ar"),
                    fonts={"Mymr": "Padauk"}))
'''


@pytest.mark.parametrize(
    ("locale", "slot", "font", "lang_attribute", "lang"),
    [("ru", "ascii", None, "val", "ru-RU"), ("th", "cs", "Noto Sans Thai", "bidi", "th-TH"),
     ("my", "cs", "Padauk", "bidi", "my-MM"), ("ar", "cs", "Noto Naskh Arabic", "bidi", "ar-EG")],
)
def test_fonts_language_and_direction_per_script(tmp_path: Path, locale, slot, font, lang_attribute, lang):
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "scripts.py").write_text(SCRIPT_REGION, encoding="utf-8")
    path = tmp_path / "t.docx"
    path.write_bytes(DocBuilder().p(["Plain and ", ("bold", B)]).build())
    build(BuildSpec(str(path), region="scripts", locale=locale, output=tmp_path / "o.docx",
                    plugin_dirs=[tmp_path / "plugins"]))
    archive = zipfile.ZipFile(tmp_path / "o.docx")
    styles = etree.fromstring(archive.read("word/styles.xml"))
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    fonts = defaults.find(f"{W}rFonts")
    if font:
        assert fonts.get(f"{W}{slot}") == font
    else:
        # Cyrillic lives in the Latin slot: the template's own font (theme or named) is kept
        assert fonts is not None and (fonts.get(f"{W}ascii") or fonts.get(f"{W}asciiTheme"))
    assert defaults.find(f"{W}lang").get(f"{W}{lang_attribute}") == lang
    body = etree.fromstring(archive.read("word/document.xml"))
    bold_runs = [r for r in body.iter(f"{W}r") if r.find(f"{W}rPr/{W}b") is not None]
    assert bold_runs and all(r.find(f"{W}rPr/{W}bCs") is not None for r in bold_runs)
    right_to_left = locale == "ar"
    assert (defaults.find(f"{W}rtl") is not None) == right_to_left
    assert (styles.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr/{W}bidi") is not None) == right_to_left
    docx.Document(str(tmp_path / "o.docx"))  # still a valid document


@pytest.mark.libreoffice
@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="needs LibreOffice")
def test_a_russian_build_shows_the_translated_heading_in_libreoffice(tmp_path: Path):
    from adaptkit.l10n.catalogs import read_catalog
    from adaptkit.library import bundled_library

    po = bundled_library() / "code-of-conduct" / "locales" / "ru" / "LC_MESSAGES" / "code-of-conduct.po"
    heading = read_catalog(po, "ru").get("1. Purpose and scope")
    assert heading is not None and heading.string, "the Russian catalog translates the first heading"
    output = tmp_path / "ru.docx"
    build(BuildSpec("code-of-conduct", use_sample=True, region="swan/kg", locale="ru", output=output))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(output)], check=True, capture_output=True, timeout=240)
    text = subprocess.run(["pdftotext", str(tmp_path / "ru.pdf"), "-"], capture_output=True, text=True).stdout
    assert heading.string in " ".join(text.split())
    assert "Purpose and scope" not in text




def make_po(directory: Path, locale: str, domain: str, translations: dict[str, str]) -> None:
    from babel.messages.catalog import Catalog

    catalog = Catalog(locale=locale, domain=domain)
    for msgid, msgstr in translations.items():
        catalog.add(msgid, msgstr)
    target = directory / locale / "LC_MESSAGES" / f"{domain}.po"
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as stream:
        write_po(stream, catalog)


def test_plugin_catalogs_override_the_library_country_first(library: Path, tmp_path: Path, adaptkit_plugin):
    from adaptkit import CatalogDir, Region, hookimpl

    fill(init_fr(library), {"Membership": "Adhésion", "Untouched paragraph.": "Paragraphe de la bibliothèque."})
    make_po(tmp_path / "region-po", "fr", "demo", {"Membership": "Affiliation"})
    make_po(tmp_path / "country-po", "fr", "demo", {"Membership": "Affiliation au réseau"})

    class Plugin:
        @hookimpl
        def register_regions(register):
            register(Region(code="testland", name="Testland", locales=("fr",)))
            register(Region(code="testland/sn", name="Senegal", countries=("SN",)))

        @hookimpl
        def register_catalog_dirs(register):
            register(tmp_path / "region-po")
            register(CatalogDir(tmp_path / "country-po", region="testland/sn"))

    adaptkit_plugin(Plugin, "testland")

    def first_two(region: str) -> list[str]:
        output = tmp_path / f"{region.replace('/', '-')}.docx"
        build(BuildSpec("demo", libraries=[library], region=region, locale="fr", output=output))
        paragraphs = docx.Document(str(output)).paragraphs
        return [paragraphs[0].text, paragraphs[2].text]

    assert first_two("testland/sn") == ["Affiliation au réseau", "Paragraphe de la bibliothèque."]
    assert first_two("testland") == ["Affiliation", "Paragraphe de la bibliothèque."]
    assert first_two("global") == ["Adhésion", "Paragraphe de la bibliothèque."]


def test_a_part_without_tags_is_translated_too(library: Path, tmp_path: Path):
    template_path = library / "demo" / "template.docx"
    template_path.write_bytes(DocBuilder().p("Membership", style="Heading 1").footer(["Confidential"]).build())
    fill(init_fr(library), {"Membership": "Adhésion", "Confidential": "Confidentiel"})
    build(BuildSpec("demo", libraries=[library], region="global", locale="fr", output=tmp_path / "fr.docx"))
    document = docx.Document(str(tmp_path / "fr.docx"))
    assert document.paragraphs[0].text == "Adhésion"
    assert document.sections[0].footer.paragraphs[0].text == "Confidentiel"


def test_translators_may_translate_quoted_words_inside_placeholders(library: Path, tmp_path: Path):
    template_path = library / "demo" / "template.docx"
    template_path.write_bytes(DocBuilder().p('Terms last {{ n }} {{ n|plural(one="year", other="years") }}.').build())
    po = init_fr(library)
    fill(po, {'Terms last {{ n }} {{ n|plural(one="year", other="years") }}.':
              'Les mandats durent {{ n }} {{ n|plural(one="an", other="ans") }}.'})
    assert run_cli("--library", str(library), "i18n", "check", "demo", cwd=library).returncode == 0
    build(BuildSpec("demo", libraries=[library], region="global", locale="fr", output=tmp_path / "fr.docx",
                    assignments=["n=3"]))
    assert docx.Document(str(tmp_path / "fr.docx")).paragraphs[0].text == "Les mandats durent 3 ans."


def test_french_writes_the_first_of_the_month_as_an_ordinal(tmp_path: Path):
    path = tmp_path / "d.docx"
    path.write_bytes(DocBuilder().p('{{ a|date("long") }} · {{ b|date("long") }}').build())
    build(BuildSpec(str(path), region="global", locale="fr", output=tmp_path / "o.docx",
                    assignments=["a=2025-07-01", "b=2025-07-11"]))
    assert docx.Document(str(tmp_path / "o.docx")).paragraphs[0].text == "1er juillet 2025 · 11 juillet 2025"


def test_date_fields_are_ordered_by_the_locale(tmp_path: Path):
    path = tmp_path / "d.docx"
    path.write_bytes(DocBuilder().p('{{ day|date("d MMMM") }}').build())
    for locale, expected in (("es", "1 de enero"), ("en", "January 1"), ("ru", "1 января"), ("fr", "1er janvier")):
        build(BuildSpec(str(path), region="global", locale=locale, output=tmp_path / f"{locale}.docx",
                        assignments=["day=2025-01-01"]))
        assert docx.Document(str(tmp_path / f"{locale}.docx")).paragraphs[0].text == expected
