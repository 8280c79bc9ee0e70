#include "VShardMapPanel.h"

#include "AssignVShardsCommand.h"
#include "TopologyDocument.h"
#include "VShardChart.h"
#include "VShardMapModel.h"
#include "rebalance/VShardDragSource.h"
#include "rebalance/VShardMime.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace ShardDesk {

VShardMapPanel::VShardMapPanel(TopologyDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new VShardMapModel(document, this))
    , m_view(new QTableView)
    , m_chart(new VShardChart)
    , m_filterHead(new QComboBox)
    , m_filterFirst(new QSpinBox)
    , m_filterLast(new QSpinBox)
    , m_selectionLabel(new QLabel)
    , m_assign(new QPushButton(tr("&Assign Selection to Shard…")))
    , m_spread(new QPushButton(tr("Spread &Evenly over Heads")))
    , m_measure(new QPushButton(tr("Measure &Sizes")))
    , m_sizeStatus(new QLabel)
    , m_measurement(new VShardMeasurement(this))
{
    m_view->setObjectName(QStringLiteral("vshardView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    setColumnLayout();
    m_view->setAccessibleName(tr("VShard map"));
    m_filterHead->setObjectName(QStringLiteral("vshardFilterHead"));
    // Sized by its items, which come later with the topology: "All heads" must never be cut.
    m_filterHead->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterFirst->setObjectName(QStringLiteral("vshardFilterFirst"));
    m_filterLast->setObjectName(QStringLiteral("vshardFilterLast"));
    m_assign->setObjectName(QStringLiteral("assignSelection"));
    m_spread->setObjectName(QStringLiteral("spreadEvenly"));
    m_selectionLabel->setObjectName(QStringLiteral("vshardSelectionLabel"));
    m_measure->setObjectName(QStringLiteral("measureSizes"));
    m_measure->setToolTip(tr("Counts every vshard's rows on the servers and fills in the Rows and Size columns."));
    m_sizeStatus->setObjectName(QStringLiteral("vshardSizeStatus"));
    m_sizeStatus->setWordWrap(true);
    m_sizeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filter = new QHBoxLayout;
    filter->addWidget(new QLabel(tr("Show head:")));
    filter->addWidget(m_filterHead);
    filter->addWidget(new QLabel(tr("vshards from")));
    filter->addWidget(m_filterFirst);
    filter->addWidget(new QLabel(tr("to", "vshards from ... to ...")));
    filter->addWidget(m_filterLast);
    filter->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_assign);
    actions->addWidget(m_spread);
    actions->addWidget(m_selectionLabel, 1);
    // A row of its own, so the panel needs no more width than before (the shard tree beside it keeps its share).
    auto *sizes = new QHBoxLayout;
    sizes->addWidget(m_measure);
    sizes->addWidget(m_sizeStatus, 1);
    auto *left = new QVBoxLayout;
    left->addLayout(filter);
    left->addWidget(m_view, 1);
    left->addLayout(actions);
    left->addLayout(sizes);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(m_chart, 1);

    m_chartTimer.setSingleShot(true);
    m_chartTimer.setInterval(0);
    connect(&m_chartTimer, &QTimer::timeout, this, &VShardMapPanel::refreshChart);
    auto scheduleChart = [this] {
        m_chartTimer.start();
    };
    connect(document, &TopologyDocument::vshardsChanged, this, scheduleChart);
    connect(document, &TopologyDocument::shardsRestructured, this, scheduleChart);
    connect(document, &TopologyDocument::reset, this, scheduleChart);
    connect(document, &TopologyDocument::reset, this, &VShardMapPanel::refreshHeads);
    connect(document, &TopologyDocument::shardsRestructured, this, &VShardMapPanel::refreshHeads);
    connect(m_filterHead, &QComboBox::activated, this, &VShardMapPanel::applyFilter);
    connect(m_filterFirst, &QSpinBox::editingFinished, this, &VShardMapPanel::applyFilter);
    connect(m_filterLast, &QSpinBox::editingFinished, this, &VShardMapPanel::applyFilter);
    connect(m_assign, &QPushButton::clicked, this, &VShardMapPanel::askAndAssign);
    connect(m_spread, &QPushButton::clicked, this, &VShardMapPanel::spreadEvenly);
    connect(m_measure, &QPushButton::clicked, this, &VShardMapPanel::measureSizes);
    connect(m_measurement, &VShardMeasurement::started, this, [this](int shards) {
        m_sizeStatus->setText(tr("Counting every vshard's rows on %n shard(s)…", "", shards));
        updateMeasureButton();
    });
    connect(m_measurement, &VShardMeasurement::measured, this, &VShardMapPanel::showMeasurement);
    connect(m_measurement, &VShardMeasurement::failed, this, [this](const QString &error) {
        m_sizeStatus->setText(tr("Could not measure the vshards' sizes: %1").arg(error));
    });
    connect(m_measurement, &VShardMeasurement::finished, this, [this] {
        updateMeasureButton();
        emit sizesMeasured();
    });
    // A new document: the model drops its sizes, and a measurement still running is of the old one.
    connect(document, &TopologyDocument::reset, this, [this] {
        m_measurement->discard();
        m_sizeStatus->clear();
    });
    // Dragging the selection onto a shard (capacity grid, shard tree) moves it, rows and all.
    new VShardDragSource(m_view, [this] { return selectedSpans(); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &VShardMapPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        qint64 count = 0;
        for (const VShardSelection::Span &span : selectedSpans())
            count += span.last - span.first + 1;
        m_selectionLabel->setText(tr("%n vshard(s) selected", "", int(count)));
    });
    updateMeasureButton();
}

namespace {

// What ResizeToContents would find without reading a million rows: the header's own hint, or the value
// as the delegate draws it (a focus-frame margin either side, and the grid line) if that is wider.
int numberColumnWidth(const QTableView *view, int column, const QString &widest)
{
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const int cell = view->fontMetrics().horizontalAdvance(widest) + 2 * margin + (view->showGrid() ? 1 : 0);
    return std::max(view->horizontalHeader()->sectionSizeHint(column), cell);
}

} // namespace

void VShardMapPanel::setColumnLayout()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(VShardMapModel::ServerColumn, QHeaderView::Stretch);
    // Interactive, not Fixed: a vshard with more rows than the sample can still be made room for.
    const QLocale locale;
    header->resizeSection(VShardMapModel::RowsColumn,
                          numberColumnWidth(m_view, VShardMapModel::RowsColumn, locale.toString(9'999'999)));
    header->resizeSection(VShardMapModel::SizeColumn,
                          numberColumnWidth(m_view, VShardMapModel::SizeColumn, locale.toString(99'999.99, 'f', 2)));
}

void VShardMapPanel::setLoginSource(VShardMeasurement::LoginSource source)
{
    m_measurement->setLoginSource(std::move(source));
    updateMeasureButton();
}

void VShardMapPanel::updateMeasureButton()
{
    m_measure->setEnabled(m_measurement->hasLoginSource() && !m_measurement->isRunning());
}

void VShardMapPanel::measureSizes()
{
    if (m_document->base().shards.isEmpty()) {
        m_sizeStatus->setText(tr("There are no stored shards to measure: apply the configuration first."));
        return;
    }
    m_measurement->start(std::make_shared<const Topology>(m_document->base()));
}

void VShardMapPanel::showMeasurement(const std::vector<VShardSize> &perVShard, qint64 elapsedMs)
{
    qint64 rows = 0;
    double mb = 0;
    for (const VShardSize &size : perVShard) {
        rows += size.rows;
        mb += size.mb;
    }
    m_model->setSizes(perVShard);
    const QLocale locale;
    m_sizeStatus->setText(
        tr("Measured %Ln vshard(s) in %1 s: %2 rows, %3 MB.", "", int(perVShard.size()))
            .arg(locale.toString(elapsedMs / 1000.0, 'f', 1), locale.toString(rows), locale.toString(mb, 'f', 1)));
}

void VShardMapPanel::refreshHeads()
{
    const int count = m_document->edited().vshards.count();
    const int current
        = m_filterHead->currentData().isValid() ? m_filterHead->currentData().toInt() : VShardMapModel::AnyHead;
    m_filterHead->clear();
    m_filterHead->addItem(tr("All heads"), VShardMapModel::AnyHead);
    m_filterHead->addItem(tr("Unmapped"), 0);
    for (int head : m_document->edited().headIds())
        m_filterHead->addItem(tr("Shard %1").arg(head), head);
    // A new document drops the model's filter: the controls say so too.
    m_filterHead->setCurrentIndex(m_model->isFiltered() ? std::max(0, m_filterHead->findData(current)) : 0);
    for (QSpinBox *box : {m_filterFirst, m_filterLast})
        box->setRange(0, std::max(0, count - 1));
    if (!m_model->isFiltered()) {
        m_filterFirst->setValue(0);
        m_filterLast->setValue(std::max(0, count - 1));
    }
}

void VShardMapPanel::applyFilter()
{
    const int head = m_filterHead->currentData().toInt();
    const int first = m_filterFirst->value();
    const int last = m_filterLast->value();
    if (head == VShardMapModel::AnyHead && first == 0 && last >= m_document->edited().vshards.count() - 1)
        m_model->clearFilter();
    else
        m_model->setFilter(head, first, last);
}

void VShardMapPanel::refreshChart()
{
    const QHash<int, int> counts = m_document->edited().vshards.countPerHead();
    QList<VShardChart::Bar> bars;
    for (int head : m_document->edited().headIds())
        bars.append({tr("Shard %1").arg(head), counts.value(head)});
    const int unmapped = m_document->edited().vshards.count() - std::accumulate(counts.cbegin(), counts.cend(), 0);
    if (unmapped > 0)
        bars.append({tr("Unmapped"), unmapped});
    m_chart->setBars(bars);
}

QList<VShardSelection::Span> VShardMapPanel::selectedSpans() const
{
    QList<VShardSelection::Span> spans;
    auto add = [&spans](int vshard) {
        if (!spans.isEmpty() && spans.last().last + 1 == vshard)
            spans.last().last = vshard;
        else
            spans.append({vshard, vshard});
    };
    // Whole ranges when unfiltered (a shift-click over half a million rows is one range); row by row
    // only through a filter, where rows are not consecutive vshards.
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection()) {
        if (!m_model->isFiltered()) {
            spans.append({range.top(), range.bottom()});
            continue;
        }
        for (int row = range.top(); row <= range.bottom(); ++row)
            add(m_model->vshardAt(row));
    }
    std::sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return spans;
}

qint64 VShardMapPanel::assignSelection(int headId)
{
    const QList<VShardSelection::Span> spans = selectedSpans();
    qint64 total = 0;
    for (const VShardSelection::Span &span : spans)
        total += span.last - span.first + 1;
    if (total == 0)
        return 0;
    const RowsHeld held = rowsHeld(spans, [headId](int) { return headId; });
    QUndoStack *undo = m_document->undoStack();
    undo->beginMacro(tr("Assign %n vshard(s) to shard %1", "", int(total)).arg(headId));
    for (const VShardSelection::Span &span : spans) {
        undo->push(new AssignVShardsCommand(m_document, span.first,
                                            std::vector<std::int32_t>(size_t(span.last - span.first + 1), headId),
                                            tr("Assign vshards to shard %1").arg(headId)));
    }
    undo->endMacro();
    emit message(tr("%n vshard(s) assigned to shard %1.", "", int(total)).arg(headId) + rowsWarning(held));
    return total;
}

void VShardMapPanel::spreadEvenly()
{
    const QList<int> heads = m_document->edited().headIds();
    VShardMap spread(m_document->edited().vshards.count());
    spread.spreadEvenly(heads);
    const RowsHeld held = rowsHeld({{0, spread.count() - 1}}, [&spread](int v) { return spread.headOf(v); });
    m_document->undoStack()->push(new AssignVShardsCommand(
        m_document, 0, spread.heads(), tr("Spread vshards evenly over %n head(s)", "", int(heads.size()))));
    emit message(tr("VShards spread evenly over %n bucket head(s).", "", int(heads.size())) + rowsWarning(held));
}

// Only the vshards whose head newHeadOf changes count. Zero until sizes are measured.
VShardMapPanel::RowsHeld VShardMapPanel::rowsHeld(const QList<VShardSelection::Span> &spans,
                                                  const std::function<int(int vshard)> &newHeadOf) const
{
    RowsHeld held;
    if (!m_model->hasSizes())
        return held;
    const VShardMap &map = m_document->edited().vshards;
    for (const VShardSelection::Span &span : spans) {
        for (int v = span.first; v <= span.last; ++v) {
            const qint64 rows = m_model->sizeOf(v).rows;
            if (rows > 0 && map.headOf(v) != newHeadOf(v)) {
                ++held.vshards;
                held.rows += rows;
            }
        }
    }
    return held;
}

// Measured, the warning names the vshards that held rows then. A measurement that found none may be old (rows
// written since), so then, as without one, the warning is general: any data in the cluster at all.
QString VShardMapPanel::rowsWarning(const RowsHeld &held) const
{
    if (m_model->hasSizes() && held.vshards > 0) {
        return QLatin1Char(' ')
            + tr("%Ln of them hold rows (%L1 rows), which stay on their shard: use Move to move them with their "
                 "rows.",
                 "", int(held.vshards))
                  .arg(held.rows);
    }
    for (const Shard &s : m_document->edited().shards) {
        if (s.currentMb > 0)
            return QLatin1Char(' ')
                + tr("If these vshards already hold rows, the rows stay where they are; use Move (rebalancing) "
                     "to move them.");
    }
    return {};
}

void VShardMapPanel::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QList<int> vshards = VShardMime::idsOf(selectedSpans());
    QAction *move
        = menu.addAction(tr("&Move Selection to Shard…"), this, [this, vshards] { emit moveRequested(vshards, 0); });
    move->setEnabled(!vshards.isEmpty());
    menu.addAction(tr("&Assign Selection to Shard…"), this, &VShardMapPanel::askAndAssign)
        ->setEnabled(!vshards.isEmpty());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void VShardMapPanel::askAndAssign()
{
    QStringList items;
    const QList<int> heads = m_document->edited().headIds();
    for (int head : heads) {
        const Shard *s = m_document->edited().shard(head);
        items.append(tr("Shard %1 (%2)").arg(head).arg(s ? s->displayName() : QString()));
    }
    if (items.isEmpty())
        return;
    bool ok = false;
    const QString item = QInputDialog::getItem(this, tr("Assign Selection"),
                                               tr("Bucket head for the selected vshards:"), items, 0, false, &ok);
    if (!ok)
        return;
    const int head = heads.value(int(items.indexOf(item)));
    if (confirmAssignOfRows(selectedSpans(), head))
        assignSelection(head);
}

bool VShardMapPanel::confirmAssignOfRows(const QList<VShardSelection::Span> &spans, int headId)
{
    const RowsHeld held = rowsHeld(spans, [headId](int) { return headId; });
    if (held.vshards == 0)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Assign Selection"),
                    tr("%Ln of the selected vshards hold rows (%L1 rows).", "", int(held.vshards)).arg(held.rows),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("assignRowsWarning"));
    box.setInformativeText(tr("Assigning only changes the map: the rows stay on their shard, where the new map no "
                              "longer finds them. Use Move to move them with their rows."));
    QPushButton *move = box.addButton(tr("&Move…"), QMessageBox::AcceptRole);
    move->setObjectName(QStringLiteral("moveInstead"));
    QPushButton *assign = box.addButton(tr("&Assign Anyway"), QMessageBox::DestructiveRole);
    assign->setObjectName(QStringLiteral("assignAnyway"));
    box.setDefaultButton(move);
    box.exec();
    if (box.clickedButton() == move)
        emit moveRequested(VShardMime::idsOf(spans), headId);
    return box.clickedButton() == assign;
}

} // namespace ShardDesk
