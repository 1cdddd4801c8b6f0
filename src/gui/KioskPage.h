#pragma once

#include <QWidget>

class QLineEdit;

// One screen of the main window's stack. Every page can be wiped when the session ends (brief §5) and renders its
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

protected:
    void changeEvent(QEvent* event) override;
    // On QEvent::LanguageChange: retranslateUi() plus every text built at run time.
    virtual void retranslate() = 0;

    // Empties a field and its undo history (QLineEdit::clear() keeps the old text undoable).
    static void wipe(QLineEdit* lineEdit);
};
