#pragma once

#include "gui/widgets/EasyReadTexts.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace LeoKiosk::Gui {

// Whether easy-read is on: one choice for the whole kiosk. MainWindow owns one, gives it to every page's panel
// (EasyReadPanel::shareSetting), and turns it off in every wipe (resetAllPages), so that the choice follows the pupil
// from one screen of a flow to the next and never to the next pupil.
class EasyReadSetting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EasyReadSetting)

public:
    explicit EasyReadSetting(QObject* parent = nullptr);
    ~EasyReadSetting() override;

    bool isOn() const { return m_on; }
    void setOn(bool on);

Q_SIGNALS:
    void changed(bool on);

private:
    bool m_on = false;
};

// « Facile à lire »: the switch under a screen's heading and, while it is on, the screen's easy-read steps
// (EasyReadTexts), each a pictogram and one numbered sentence. The switch is a checkable button (a toggle button for
// assistive technology, its checked state announced), the steps a framed list named "Easy-to-read steps"; the
// pictograms are decorative (no accessible name: the sentence carries the meaning), drawn at build time from
// resources/pictograms/*.svg, and those that point a way are mirrored in a right-to-left language. Built with
// layouts only, so the whole panel mirrors with the application. Renders its texts again on every language change.
//
// A panel without a shared setting keeps a choice of its own (a page shown alone, in a test).
class EasyReadPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EasyReadPanel)

public:
    // The pictograms' height in device-independent pixels (rendered at this size and twice it).
    static constexpr int pictogramSize = 56;

    explicit EasyReadPanel(EasyReadTexts::Screen screen, QWidget* parent = nullptr);
    ~EasyReadPanel() override;

    // A page's panel: put in the layout that holds `heading`, right under it, with the switch coming in the Tab order
    // just before `nextInTabOrder` (the page's first input) when one is given.
    static EasyReadPanel* addUnder(QWidget* heading, EasyReadTexts::Screen screen, QWidget* nextInTabOrder = nullptr);
    // Every panel of `page` follows `setting` from now on (MainWindow, as it adds a page).
    static void shareSetting(const QWidget* page, EasyReadSetting* setting);

    void setSetting(EasyReadSetting* setting);
    EasyReadSetting* setting() const { return m_setting; }
    EasyReadTexts::Screen screen() const { return m_screen; }
    bool isOn() const;

    QPushButton* switchButton() const { return m_switch; }
    QFrame* stepsFrame() const { return m_steps; }
    // The steps' widgets, in order.
    QList<QLabel*> pictogramLabels() const { return m_pictograms; }
    QList<QLabel*> sentenceLabels() const { return m_sentences; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void follow(bool on);
    void retranslate();
    void renderPictograms();

    const EasyReadTexts::Screen m_screen;
    EasyReadSetting* const m_ownSetting;
    QPointer<EasyReadSetting> m_setting;
    QPushButton* const m_switch;
    QFrame* const m_steps;
    QVBoxLayout* const m_stepsLayout;
    QList<QLabel*> m_pictograms;
    QList<QLabel*> m_sentences;
};

} // namespace LeoKiosk::Gui
