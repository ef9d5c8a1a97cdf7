#ifndef UI_PAGEHEADER_H
#define UI_PAGEHEADER_H

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;

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
    // The page's filter-as-you-type box, at the right of the title.
    void addFilter(QLineEdit *filter, const QString &objectName, const QString &placeholder);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_tools;
};

} // namespace Ui

#endif
