// Contrast, from the style sheet's own colours (resources/styles/kiosk.qss): every text colour on the background
// it is drawn on, and every control's border on the white page, keeps at least 4.5:1 (WCAG 2.1 AA, for text; the kiosk
// asks as much of its controls' outlines). A rule's missing colour is the one it inherits: from the same selector
// without its state (":hover"), then without its variant ("[buttonStyle=…]"), then the base text colour of the
// "QWidget" rule on the white page.
#include <QColor>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double minimumContrast = 4.5;
const QColor page(u"#ffffff"_s); // every screen is white under its widgets

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// selector → its declarations (property → value), comma-separated selectors apart.
using Rules = QHash<QString, QHash<QString, QString>>;

Rules parse(QString sheet)
{
    sheet.remove(QRegularExpression(u"/\\*.*?\\*/"_s, QRegularExpression::DotMatchesEverythingOption));
    Rules rules;
    static const QRegularExpression rule(u"([^{}]+)\\{([^}]*)\\}"_s);
    for (auto match = rule.globalMatch(sheet); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        QHash<QString, QString> declarations;
        const QStringList parts = m.captured(2).split(u';', Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            const qsizetype colon = part.indexOf(u':');
            if (colon > 0)
                declarations.insert(part.left(colon).trimmed(), part.mid(colon + 1).trimmed());
        }
        const QStringList selectors = m.captured(1).split(u',', Qt::SkipEmptyParts);
        for (const QString& selector : selectors) {
            auto& merged = rules[selector.simplified()];
            for (auto it = declarations.cbegin(); it != declarations.cend(); ++it)
                merged.insert(it.key(), it.value());
        }
    }
    return rules;
}

// The colour in a value ("3px solid #0b0c0c", "#1d4e89"); invalid for none, transparent or a gradient.
QColor colourIn(const QString& value)
{
    static const QRegularExpression hex(u"#[0-9a-fA-F]{6}\\b"_s);
    if (value.contains(u"gradient"_s))
        return {};
    const QRegularExpressionMatch m = hex.match(value);
    return m.hasMatch() ? QColor(m.captured()) : QColor();
}

// The selector a rule inherits a missing property from.
QString parentOf(const QString& selector)
{
    static const QRegularExpression state(u":[a-z-]+$"_s);
    static const QRegularExpression variant(u"\\[[^\\]]*\\]$"_s);
    QString parent = selector;
    if (parent.contains(state))
        return parent.remove(state);
    if (parent.contains(variant))
        return parent.remove(variant);
    return {};
}

QColor resolve(const Rules& rules, const QString& selector, const QString& property, const QColor& fallback)
{
    for (QString s = selector; !s.isEmpty(); s = parentOf(s)) {
        const auto rule = rules.constFind(s);
        if (rule == rules.cend())
            continue;
        const auto value = rule->constFind(property);
        if (value == rule->cend())
            continue;
        if (value->contains(u"transparent"_s) || *value == u"none"_s)
            return page;
        if (const QColor colour = colourIn(*value); colour.isValid())
            return colour;
    }
    return fallback;
}

} // namespace

class TestStyleContrast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contrastFormula();
    void textOnItsBackground();
    void controlOutlinesOnThePage();

private:
    Rules m_rules;
    QColor m_text;
};

void TestStyleContrast::initTestCase()
{
    QFile file(QStringLiteral(LEOKIOSK_STYLE_SHEET)); // the file built into the kiosk as :/styles/kiosk.qss
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_rules = parse(QString::fromUtf8(file.readAll()));
    QVERIFY(m_rules.size() > 30);
    m_text = colourIn(m_rules.value(u"QWidget"_s).value(u"color"_s));
    QVERIFY(m_text.isValid());
}

void TestStyleContrast::contrastFormula()
{
    // WCAG's own reference points: black on white is 21:1, a colour on itself 1:1, #767676 on white just 4.5:1.
    QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(contrast(QColor(u"#1d4e89"_s), QColor(u"#1d4e89"_s)), 1.0);
    QVERIFY(contrast(QColor(u"#767676"_s), Qt::white) >= 4.5);
    QVERIFY(contrast(QColor(u"#777777"_s), Qt::white) < 4.5);
    // The resolution follows the sheet: the disabled primary button keeps its white text on its own grey.
    const QString disabled = u"QPushButton[buttonStyle=\"primary\"]:disabled"_s;
    QCOMPARE(resolve(m_rules, disabled, u"color"_s, m_text), QColor(u"#ffffff"_s));
    QCOMPARE(resolve(m_rules, disabled, u"background-color"_s, page), QColor(u"#505a5f"_s));
}

void TestStyleContrast::textOnItsBackground()
{
    QStringList failures;
    int checked = 0;
    for (auto rule = m_rules.cbegin(); rule != m_rules.cend(); ++rule) {
        const QString& selector = rule.key();
        if (selector.contains(u"::"_s)) // sub-controls (indicators, scroll bar parts) draw no text
            continue;
        const QHash<QString, QString>& d = rule.value();
        if (!d.contains(u"color"_s) && !d.contains(u"background-color"_s) && !d.contains(u"background"_s))
            continue;
        const QColor text = resolve(m_rules, selector, u"color"_s, m_text);
        const QColor background = resolve(m_rules, selector, u"background-color"_s, page);
        const double ratio = contrast(text, background);
        ++checked;
        if (ratio < minimumContrast)
            failures.append(
                u"%1: %2 on %3 is %4:1"_s.arg(selector, text.name(), background.name()).arg(ratio, 0, 'f', 2));
        if (d.contains(u"selection-color"_s)) {
            const QColor selected = colourIn(d.value(u"selection-color"_s));
            const QColor selection = colourIn(d.value(u"selection-background-color"_s));
            ++checked;
            if (contrast(selected, selection) < minimumContrast)
                failures.append(u"%1: selected text %2 on %3"_s.arg(selector, selected.name(), selection.name()));
        }
    }
    QVERIFY(checked > 30);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n    "_s).prepend(u"\n    "_s)));
}

void TestStyleContrast::controlOutlinesOnThePage()
{
    // A field, a button, a box to tick, a scroll bar: its outline (or its fill where it has none) stands out from the
    // white page.
    QStringList failures;
    int checked = 0;
    static const QRegularExpression borderProperty(u"^border(-(left|right|top|bottom))?(-color)?$"_s);
    for (auto rule = m_rules.cbegin(); rule != m_rules.cend(); ++rule) {
        for (auto d = rule->cbegin(); d != rule->cend(); ++d) {
            if (!borderProperty.match(d.key()).hasMatch())
                continue;
            const QColor border = colourIn(d.value());
            if (!border.isValid()) // none, transparent: the control's fill or its words mark it
                continue;
            ++checked;
            const double ratio = contrast(border, page);
            if (ratio < minimumContrast)
                failures.append(
                    u"%1 %2: %3 on the page is %4:1"_s.arg(rule.key(), d.key(), border.name()).arg(ratio, 0, 'f', 2));
        }
    }
    // The scroll bar's handle on its track.
    const QColor handle = resolve(m_rules, u"QScrollBar::handle:vertical"_s, u"background-color"_s, QColor());
    const QColor track = resolve(m_rules, u"QScrollBar:vertical"_s, u"background-color"_s, QColor());
    QVERIFY(handle.isValid() && track.isValid());
    ++checked;
    if (contrast(handle, track) < minimumContrast)
        failures.append(u"scroll bar handle %1 on %2"_s.arg(handle.name(), track.name()));
    QVERIFY(checked > 20);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n    "_s).prepend(u"\n    "_s)));
}

QTEST_GUILESS_MAIN(TestStyleContrast)
#include "tst_stylecontrast.moc"
