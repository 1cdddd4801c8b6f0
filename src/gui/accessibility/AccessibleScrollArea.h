#pragma once

#include <QAccessibleWidget>

class QAbstractScrollArea;

namespace LeoKiosk::Gui {

// The accessible face of every scroll area in the kiosk, in place of Qt's own. Qt 6.4's (QAccessibleAbstractScrollArea)
// reads its child list without a bounds check: a screen reader that counts the children, then asks for the last one
// after a scroll bar has hidden itself (the page grew, the window was resized), makes it read past the list and the
// kiosk dies in QAccessibleCache. This one builds the same children (the viewport, the visible scroll bars'
// containers, the corner widget) each time it is asked and answers an index outside them with nothing.
class AccessibleScrollArea final : public QAccessibleWidget
{
public:
    explicit AccessibleScrollArea(QAbstractScrollArea* area);

    bool isValid() const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;

    // Makes every QScrollArea and QAbstractScrollArea (and classes derived from them that Qt has no interface of
    // its own for) answer through this class. Call once, after the QApplication exists; a second call does nothing.
    static void install();

private:
    QAbstractScrollArea* area() const;
    QWidgetList children() const;
};

} // namespace LeoKiosk::Gui
