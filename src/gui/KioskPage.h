#pragma once

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractButton;
class QBoxLayout;
class QLineEdit;

namespace LeoKiosk {
enum class EntStatus;
}

namespace LeoKiosk::Gui {

class PageScrollArea;

// One screen of the main window's stack. Every page can be wiped when the session ends and renders its
// texts again when the language changes. To add a screen: derive from KioskPage, implement resetPage() and
// retranslate(), and pass it to MainWindow::addPage().
//
// The page template, the same for every screen: the page scrolls as a whole in a PageScrollArea (with its "More
// below" cue, focus kept in view) when it is taller than the window; its form is a column centred in the page, at
// most columnMaxWidth wide, inside the same margins on every screen. setUpUi() sets a Designer form up in that column;
// the form itself has no margins, spacers for centring or scroll area of its own.
class KioskPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskPage)

public:
    explicit KioskPage(QWidget* parent = nullptr);
    ~KioskPage() override;

    // Back to the state of a fresh start: fields empty with no undo history, no messages, nothing revealed, no data
    // of the previous user.
    virtual void resetPage() = 0;
    // Where the keyboard focus goes when the page is shown.
    virtual QWidget* initialFocusWidget() const;
    // Nothing of anyone's is on the page (an empty login form, the attract screen): the idle sign-out leaves it be.
    virtual bool isAtRest() const { return false; }

    // What « Écouter » reads (MainWindow, through ReadAloud): the page's title, its instructions and the message shown,
    // in reading order — the text of its visible labels, top to bottom and in the direction of the line, except a
    // label marked with the dynamic property readAloudProperty set to false, or inside a widget so marked (what shows
    // an identifier, an e-mail address, a code or a name: a kiosk is in a public room). Never a field's text.
    virtual QString spokenText() const;
    // What may never be heard from this page: what its fields hold and what its labels marked readAloud=false show.
    // The window takes every one out of spokenText() (ReadAloud::redacted), should one show elsewhere too.
    QStringList privateTexts() const;
    static constexpr auto readAloudProperty = "readAloud";

    // For the page, and for the helpers that run part of its form (NewPasswordForm):
    // A button's text and the same accessible name, so that assistive technology hears what is shown, also when
    // the text changes with the page's state ("SIGN IN" → "Signing in…").
    static void setButtonText(QAbstractButton* button, const QString& text);
    // Disables the inputs while a request is in flight, and enables them again. Disabling the focused input would
    // push the focus on to the language switch, where a key press meant for the form would change the language: the
    // page keeps it until the outcome decides where it goes.
    void setInputsEnabled(const QList<QWidget*>& inputs, bool enabled);

    // The template's parts, built the first time one is asked for (setUpUi does): the scroll area that holds the
    // whole page, and the centred column that holds its form. A page that never asks keeps a layout of its own.
    PageScrollArea* pageScrollArea();
    QWidget* pageColumn();
    // Widest the column gets, in device-independent pixels: about 70 characters of body text per line.
    static constexpr int columnMaxWidth = 800;
    // The margins around the column, the same on every screen.
    static constexpr int sideMargin = 32;
    static constexpr int topMargin = 24;
    static constexpr int bottomMargin = 32;
    // The colour of the fields' placeholders: the style sheet's caption grey, 7:1 on white (4.5:1 at least, WCAG AA).
    static constexpr auto placeholderColour = "#505a5f";

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    // On QEvent::LanguageChange: retranslateUi() plus every text built at run time.
    virtual void retranslate() = 0;

    // The page's Designer form, made and set up on the page, for the member initialisers: what is built over the
    // form's widgets (a NewPasswordForm) can then be a plain member that follows m_ui.
    template <typename Form>
    std::unique_ptr<Form> setUpUi()
    {
        auto ui = std::make_unique<Form>();
        setUpUi(*ui);
        return ui;
    }
    // The form set up in the page's column (the template); the page takes the form's object name, and each of the
    // form's MessageLabels is scrolled into view when it shows a message.
    template <typename Form> void setUpUi(Form& ui)
    {
        QWidget* column = pageColumn();
        ui.setupUi(column);
        adoptForm(column);
    }
    // Empties a field and its undo history (QLineEdit::clear() keeps the old text undoable).
    static void wipe(QLineEdit* lineEdit);

    // For the answers of EntClient: `handler` runs only if the page still exists and dropAnswers() has not been
    // called since, so that an answer to a pupil who has gone (page reset, flow left) lands nowhere.
    template <typename Result>
    std::function<void(const Result&)> unlessDropped(std::function<void(const Result&)> handler)
    {
        return [page = QPointer<KioskPage>(this), generation = m_answerGeneration,
                handler = std::move(handler)](const Result& result) {
            if (page && page->m_answerGeneration == generation)
                handler(result);
        };
    }
    void dropAnswers() { ++m_answerGeneration; }
    // A failure where the ENT never judged what was sent (network, TLS, server trouble): what the pupil typed stays
    // for another try.
    static bool entJudgedNothing(EntStatus status);

private:
    void buildTemplate();
    void adoptForm(QWidget* column);
    static void keepPlaceholderColour(QWidget* field);
    static void keepLeftToRight(QWidget* field);
    // Each row of the form that holds only buttons and words, side by side when the column has room, stacked when not.
    void wrapRows();

    quint64 m_answerGeneration = 0;
    PageScrollArea* m_scrollArea = nullptr;
    QWidget* m_column = nullptr;
    QList<QBoxLayout*> m_wrappingRows;
};

} // namespace LeoKiosk::Gui
