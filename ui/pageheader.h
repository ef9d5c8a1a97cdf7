#ifndef UI_PAGEHEADER_H
#define UI_PAGEHEADER_H

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace Ui {

// The title line of a page: a large title, a quieter subtitle, and tools on the right.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    QString subtitle() const;
    void addTool(QWidget *tool);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_tools;
};

} // namespace Ui

#endif
