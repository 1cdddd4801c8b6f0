#pragma once

#include "gui/KioskPage.h"

#include <QList>

#include <memory>

class QPushButton;
namespace Ui {
class HelpPage;
}

namespace LeoKiosk::Gui {

// "Besoin d'aide ?": one big button per situation the ENT offers help for, and the way back to the login screen.
// The page only says which topic was chosen; MainWindow opens its screen.
class HelpPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpPage)

public:
    // In the order shown. A new topic is one value here and one line in the table of HelpPage.cpp.
    enum class Topic { LostPassword, ReceivedCode, LostIdentifier, StillLost, Assistance };
    Q_ENUM(Topic)

    explicit HelpPage(QWidget* parent = nullptr);
    ~HelpPage() override;

    void resetPage() override;
    QWidget* initialFocusWidget() const override;

Q_SIGNALS:
    void topicChosen(HelpPage::Topic topic);
    void homeRequested();

protected:
    void retranslate() override;

private:
    void renderTopics();

    const std::unique_ptr<Ui::HelpPage> m_ui;
    QList<QPushButton*> m_topicButtons; // in the order of the table
};

} // namespace LeoKiosk::Gui
