#pragma once

#include <QTimer>
#include <QWidget>

#include <chrono>

class QToolButton;

namespace LeoKiosk {
class SecretBytes;
}

namespace LeoKiosk::Gui {

class SecretLineEdit;

// A password entry with a show/hide button, for every screen that asks for a password or a code. The text is shown
// only on request and hidden again after a delay. The line edit is the focus proxy, so a QLabel buddy and the tab
// order set on the field reach the line edit, and the button follows it in the tab chain.
class PasswordField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordField)
    // The visible label of the field (set from Designer); it becomes the accessible name of the line edit, which
    // assistive technology cannot find through the buddy of a compound widget.
    Q_PROPERTY(QString fieldName READ fieldName WRITE setFieldName)

public:
    static constexpr std::chrono::milliseconds defaultRehideDelay{std::chrono::seconds(10)};

    explicit PasswordField(QWidget* parent = nullptr);
    ~PasswordField() override;

    SecretLineEdit* lineEdit() const;
    QToolButton* showPasswordButton() const;

    QString fieldName() const;
    void setFieldName(const QString& name);

    bool isEmpty() const;
    // A copy of the text for sending; the field keeps its own until wipe().
    SecretBytes secret() const;

    bool isRevealed() const;
    void setRevealed(bool revealed);
    void setRehideDelay(std::chrono::milliseconds delay);

public Q_SLOTS:
    // Empties the field without undo history and hides the text again.
    void wipe();

Q_SIGNALS:
    void returnPressed();
    void revealedChanged(bool revealed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButton();

    SecretLineEdit* const m_lineEdit;
    QToolButton* const m_showButton;
    QTimer m_rehideTimer;
};

} // namespace LeoKiosk::Gui
