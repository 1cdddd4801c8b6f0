#include "gui/KioskPage.h"

#include "core/ent/EntStatus.h"
#include "gui/widgets/MessageLabel.h"
#include "gui/widgets/PageScrollArea.h"
#include "gui/widgets/PasswordField.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QRegularExpression>
#include <QTextDocumentFragment>

#include <algorithm>

namespace LeoKiosk::Gui {

KioskPage::KioskPage(QWidget* parent)
    : QWidget(parent)
{
}

KioskPage::~KioskPage() = default;

PageScrollArea* KioskPage::pageScrollArea()
{
    if (!m_scrollArea)
        buildTemplate();
    return m_scrollArea;
}

QWidget* KioskPage::pageColumn()
{
    if (!m_column)
        buildTemplate();
    return m_column;
}

void KioskPage::buildTemplate()
{
    using namespace Qt::Literals::StringLiterals;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_scrollArea = new PageScrollArea(this);
    m_scrollArea->setObjectName(u"pageScrollArea"_s);
    layout->addWidget(m_scrollArea);

    auto* contents = new QWidget(m_scrollArea);
    contents->setObjectName(u"pageContents"_s);
    auto* row = new QHBoxLayout(contents);
    row->setContentsMargins(sideMargin, topMargin, sideMargin, bottomMargin);
    row->setSpacing(0);
    m_column = new QWidget(contents);
    m_column->setObjectName(u"pageColumn"_s);
    m_column->setMaximumWidth(columnMaxWidth);
    m_column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    row->addStretch(1);
    row->addWidget(m_column, 1000); // all the width it may take, up to columnMaxWidth; the stretches centre it
    row->addStretch(1);
    m_scrollArea->setWidget(contents);
}

void KioskPage::adoptForm(QWidget* column)
{
    // setupUi() names the widget it is given after the form ("LoginPage"): that is the page's name.
    setObjectName(column->objectName());
    column->setObjectName(QStringLiteral("pageColumn"));
    // Placeholders ("prénom.nom") in the caption grey of the style sheet: the style sheet gives them the text colour at
    // half opacity (3.7:1 on white) each time it polishes a field, and Qt 6.4's style sheets cannot set their colour.
    const QList<QLineEdit*> fields = column->findChildren<QLineEdit*>();
    for (QLineEdit* field : fields) {
        field->installEventFilter(this);
        keepPlaceholderColour(field);
        keepLeftToRight(field);
    }
    // A password field with its show button: the whole of it, so that the button stays after the text.
    const QList<PasswordField*> passwords = column->findChildren<PasswordField*>();
    for (PasswordField* password : passwords)
        keepLeftToRight(password);
    // Rows of buttons and words side by side ("Oui, me déconnecter partout" | "Annuler") stack when the column is too
    // narrow for them (a portrait screen, a longer language): nothing is cut.
    const QList<QHBoxLayout*> rows = column->findChildren<QHBoxLayout*>();
    for (QHBoxLayout* row : rows) {
        int widgets = 0;
        bool onlyWords = true;
        for (int i = 0; i < row->count(); ++i) {
            if (QWidget* widget = row->itemAt(i)->widget()) {
                ++widgets;
                onlyWords = onlyWords && (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLabel*>(widget));
            }
        }
        if (widgets >= 2 && onlyWords)
            m_wrappingRows.append(row);
    }
    if (!m_wrappingRows.isEmpty())
        column->installEventFilter(this);
    // A message that appears (an error under the button, a result) is scrolled into view with the focus.
    const QList<MessageLabel*> messages = column->findChildren<MessageLabel*>();
    for (MessageLabel* message : messages) {
        connect(message, &MessageLabel::announced, m_scrollArea,
                [area = m_scrollArea, message] { area->revealSoon(message); });
    }
}

void KioskPage::keepLeftToRight(QWidget* field)
{
    // Every field of the kiosk takes an identifier, a code, an e-mail address, a telephone number, a name as the ENT
    // spells it or a password: Latin text read left to right, also when the window is mirrored for Arabic. A layout
    // direction set on the widget itself is not inherited from the application's.
    field->setLayoutDirection(Qt::LeftToRight);
}

QWidget* KioskPage::initialFocusWidget() const
{
    return nullptr;
}

namespace {

// Marked readAloud=false, itself or a widget around it on the page.
bool isPrivate(const QWidget* widget, const QWidget* page)
{
    for (const QWidget* w = widget; w && w != page; w = w->parentWidget()) {
        const QVariant readAloud = w->property(KioskPage::readAloudProperty);
        if (readAloud.isValid() && !readAloud.toBool())
            return true;
    }
    return false;
}

// A label's words as they are read: markup, mnemonic markers and symbols (the checklist's ✓ and ✗) out; each line
// (a title, a caption, a heading of a guide) ends as a sentence, so that it is not run into what follows.
QString spokenWords(const QLabel* label)
{
    QString text = label->text();
    const Qt::TextFormat format = label->textFormat();
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text))) {
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    } else if (label->buddy()) {
        static const QRegularExpression mnemonic(QStringLiteral("&(.)"));
        text.replace(mnemonic, QStringLiteral("\\1"));
    }
    text.removeIf([](QChar c) { return c.category() == QChar::Symbol_Other; });
    static const QString sentenceEnds = QStringLiteral(".!?:;…؟");
    QStringList sentences;
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines) {
        QString words = line.simplified();
        if (words.isEmpty())
            continue;
        if (!sentenceEnds.contains(words.back()))
            words += u'.';
        sentences.append(words);
    }
    return sentences.join(u' ');
}

} // namespace

QString KioskPage::spokenText() const
{
    struct Line
    {
        QRect place;
        QString words;
    };
    QList<Line> lines;
    const QList<QLabel*> labels = findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (!label->isVisibleTo(this) || isPrivate(label, this))
            continue;
        const QString words = spokenWords(label);
        if (words.isEmpty())
            continue;
        lines.append({QRect(label->mapTo(this, QPoint(0, 0)), label->size()), words});
    }
    // Top to bottom; labels side by side (a caption and its value) in the direction of the line. A page not laid out
    // yet keeps the order of its form.
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line& a, const Line& b) { return a.place.top() < b.place.top(); });
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    for (qsizetype row = 0; row < lines.size();) {
        qsizetype end = row + 1;
        while (end < lines.size() && lines.at(end).place.top() < lines.at(row).place.bottom())
            ++end;
        std::stable_sort(lines.begin() + row, lines.begin() + end, [rightToLeft](const Line& a, const Line& b) {
            return rightToLeft ? a.place.right() > b.place.right() : a.place.left() < b.place.left();
        });
        row = end;
    }
    QStringList text;
    for (const Line& line : std::as_const(lines))
        text.append(line.words);
    return text.join(u'\n');
}

QStringList KioskPage::privateTexts() const
{
    QStringList texts;
    const QList<QLineEdit*> fields = findChildren<QLineEdit*>();
    for (const QLineEdit* field : fields) {
        if (!field->text().isEmpty())
            texts.append(field->text());
    }
    const QList<QLabel*> labels = findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (isPrivate(label, this) && !label->text().isEmpty())
            texts.append(spokenWords(label));
    }
    return texts;
}

void KioskPage::keepPlaceholderColour(QWidget* field)
{
    const QColor colour(placeholderColour);
    QPalette palette = field->palette();
    if (palette.color(QPalette::Active, QPalette::PlaceholderText) == colour &&
        palette.color(QPalette::Inactive, QPalette::PlaceholderText) == colour)
        return;
    palette.setColor(QPalette::PlaceholderText, colour);
    field->setPalette(palette);
}

void KioskPage::wrapRows()
{
    if (!m_column)
        return;
    const int available = m_column->contentsRect().width();
    for (QBoxLayout* row : std::as_const(m_wrappingRows)) {
        int needed = 0;
        int widgets = 0;
        for (int i = 0; i < row->count(); ++i) {
            const QWidget* widget = row->itemAt(i)->widget();
            if (!widget || widget->isHidden())
                continue;
            // A button keeps its words on one line; a label that wraps needs only its longest word.
            needed += std::max(widget->minimumSizeHint().width(), widget->minimumWidth());
            ++widgets;
        }
        const QMargins margins = row->contentsMargins();
        needed += std::max(0, widgets - 1) * std::max(0, row->spacing()) + margins.left() + margins.right();
        const QBoxLayout::Direction direction = needed > available ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
        if (row->direction() != direction)
            row->setDirection(direction);
    }
}

bool KioskPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_column && event->type() == QEvent::Resize)
        wrapRows();
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::Polish) && watched->isWidgetType() &&
        qobject_cast<QLineEdit*>(watched))
        keepPlaceholderColour(static_cast<QWidget*>(watched));
    return QWidget::eventFilter(watched, event);
}

void KioskPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        wrapRows(); // the words of the new language may be longer
    }
    QWidget::changeEvent(event);
}

void KioskPage::wipe(QLineEdit* lineEdit)
{
    lineEdit->setText(QString()); // setText() resets the undo/redo history, clear() does not
}

void KioskPage::setButtonText(QAbstractButton* button, const QString& text)
{
    button->setText(text);
    button->setAccessibleName(text);
}

void KioskPage::setInputsEnabled(const QList<QWidget*>& inputs, bool enabled)
{
    if (!enabled && isAncestorOf(QApplication::focusWidget()))
        setFocus(Qt::OtherFocusReason);
    for (QWidget* input : inputs)
        input->setEnabled(enabled);
}

bool KioskPage::entJudgedNothing(EntStatus status)
{
    switch (status) {
    case EntStatus::Unreachable:
    case EntStatus::Timeout:
    case EntStatus::TlsError:
    case EntStatus::MalformedReply:
    case EntStatus::ServerError:
        return true;
    default:
        return false;
    }
}

} // namespace LeoKiosk::Gui
