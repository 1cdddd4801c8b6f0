#pragma once

#include <QLayout>
#include <QList>

namespace LeoKiosk::Gui {

// Items side by side in reading order, wrapping onto the next line where the width runs out (the eight language
// buttons on a 1024-pixel screen). Mirrored in a right-to-left layout; each line is aligned on the reading side,
// or on the other when alignTrailing is set.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 8);
    ~FlowLayout() override;

    void setAlignTrailing(bool trailing);

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Lays the items out in `rect` (only measures when `apply` is false); returns the height used.
    int layOut(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
    bool m_alignTrailing = false;
};

} // namespace LeoKiosk::Gui
