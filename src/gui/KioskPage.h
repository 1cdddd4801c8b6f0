#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractButton;
class QLineEdit;

namespace LeoKiosk {
enum class EntStatus;
}

namespace LeoKiosk::Gui {

// One screen of the main window's stack. Every page can be wiped when the session ends and renders its
// texts again when the language changes. To add a screen: derive from KioskPage, implement resetPage() and
// retranslate(), and pass it to MainWindow::addPage().
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

    // For the page, and for the helpers that run part of its form (NewPasswordForm):
    // A button's text and the same accessible name, so that assistive technology hears what is shown, also when
    // the text changes with the page's state ("SIGN IN" → "Signing in…").
    static void setButtonText(QAbstractButton* button, const QString& text);
    // Disables the inputs while a request is in flight, and enables them again. Disabling the focused input would
    // push the focus on to the language switch, where a key press meant for the form would change the language: the
    // page keeps it until the outcome decides where it goes.
    void setInputsEnabled(const QList<QWidget*>& inputs, bool enabled);

protected:
    void changeEvent(QEvent* event) override;
    // On QEvent::LanguageChange: retranslateUi() plus every text built at run time.
    virtual void retranslate() = 0;

    // The page's Designer form, made and set up on the page, for the member initialisers: what is built over the
    // form's widgets (a NewPasswordForm) can then be a plain member that follows m_ui.
    template <typename Form>
    std::unique_ptr<Form> setUpUi()
    {
        auto ui = std::make_unique<Form>();
        ui->setupUi(this);
        return ui;
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
    quint64 m_answerGeneration = 0;
};

} // namespace LeoKiosk::Gui
