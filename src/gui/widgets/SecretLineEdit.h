#pragma once

#include <QLineEdit>

namespace LeoKiosk::Gui {

// A line edit for passwords and codes: no context menu, no drag and drop, no copy or cut, sensitive-data hints for
// input methods whatever the echo mode, and nothing can be selected while the text is visible (on X11 a selection
// is published as the PRIMARY clipboard).
class SecretLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretLineEdit)

public:
    static constexpr Qt::InputMethodHints secretHints =
        Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | Qt::ImhHiddenText;

    explicit SecretLineEdit(QWidget* parent = nullptr);
    ~SecretLineEdit() override;

    bool isRevealed() const;
    void setRevealed(bool revealed);

    // Empties the field and its undo history (QLineEdit::clear() keeps the old text undoable).
    void wipe();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void dropSelectionWhileRevealed();
};

} // namespace LeoKiosk::Gui
