#include "gui/widgets/SecretLineEdit.h"

#include <QKeyEvent>

namespace LeoKiosk::Gui {

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(secretHints);
    setContextMenuPolicy(Qt::NoContextMenu);
    setDragEnabled(false);
    setAcceptDrops(false);
    connect(this, &QLineEdit::selectionChanged, this, &SecretLineEdit::dropSelectionWhileRevealed);
}

SecretLineEdit::~SecretLineEdit() = default;

bool SecretLineEdit::isRevealed() const
{
    return echoMode() == QLineEdit::Normal;
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    // setEchoMode() drops the sensitive-data hints in Normal mode; the text is still a secret.
    setInputMethodHints(secretHints);
    dropSelectionWhileRevealed();
}

void SecretLineEdit::wipe()
{
    setText(QString()); // unlike clear(), setText() resets the undo/redo history
}

void SecretLineEdit::keyPressEvent(QKeyEvent* event)
{
    // In Password mode Qt refuses to copy, but Cut still deletes; in Normal mode both would export the secret.
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SecretLineEdit::dropSelectionWhileRevealed()
{
    // QLineEdit copies a selection to QClipboard::Selection on mouse release and after key presses; with no
    // selection there is nothing to copy.
    if (isRevealed() && hasSelectedText())
        deselect();
}

} // namespace LeoKiosk::Gui
