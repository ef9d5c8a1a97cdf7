// ssedesk-bench-bare: the floor of the start-up measures, a bare Qt window showing one empty
// table view, the size of the desk's main window; it ends on its first paint (FirstPaint).
#include "firstpaint.h"

#include <QApplication>
#include <QTableView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTableView view;
    view.resize(1400, 850); // MainWindow's size: the floor paints as many pixels
    new Bench::FirstPaint(&view);
    view.show();
    return QApplication::exec();
}
