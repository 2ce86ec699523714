// The three charts of the chosen period (Recharts, loaded with this file only when the charts are shown): throughput,
// utilisation and on-time shipping per UTC day. Each figure has its numbers as a table too, for those who cannot
// see the chart and for anyone who wants the figures.
import type { ReactNode } from 'react';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { calendarDate, count, number } from '../shell/format';
import type { Trends } from './api';
import { rowsOf, totalsOf, type ChartRow } from './period';

const colours = { completed: '#2f6fb0', failed: '#b3261e', shipped: '#1d7048', onTime: '#1d7048', late: '#b3261e', utilisation: '#6a4fb3' };
const tick = { fill: '#4a5766', fontSize: 12 };
const dayLabel = (day: string) => calendarDate(day).replace(/,? \d{4}$/, '');

export default function Charts({ trends }: { trends: Trends }) {
  const rows = rowsOf(trends);
  const totals = totalsOf(trends);
  const axis = <XAxis key="x" dataKey="day" scale="band" tickFormatter={dayLabel} tick={tick} minTickGap={12} />;
  // The frame of both bar charts of counts per day.
  const counts = [
    <CartesianGrid key="grid" strokeDasharray="3 3" vertical={false} />, axis, <YAxis key="y" allowDecimals={false} tick={tick} />,
    <Tooltip key="tip" labelFormatter={(d) => calendarDate(String(d))} />, <Legend key="legend" />,
  ];
  return (
    <div className="charts">
      <Figure id="throughput" title="Throughput"
        summary={`${count(totals.completed, 'print job')} completed, ${totals.failed} failed; ${count(totals.shipped, 'order')} shipped.`}
        table={<Table rows={rows} columns={[['completed', 'Jobs completed'], ['failed', 'Jobs failed'], ['shipped', 'Orders shipped']]} />}>
        <BarChart accessibilityLayer={false} data={rows} barGap={0} barCategoryGap="10%" margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          {counts}
          <Bar dataKey="completed" name="Jobs completed" fill={colours.completed} />
          <Bar dataKey="failed" name="Jobs failed" fill={colours.failed} />
          <Bar dataKey="shipped" name="Orders shipped" fill={colours.shipped} />
        </BarChart>
      </Figure>
      <Figure id="utilisation" title="Printer utilisation"
        summary={`${number(totals.utilisation, 1)} % on average over the days gone by; ${number(totals.printingHours, 1)} printing hours on ${trends.printers} printers.`}
        table={<Table rows={rows} columns={[['utilisation', 'Utilisation (%)']]} />}>
        <AreaChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {axis}
          <YAxis domain={[0, 100]} unit=" %" tick={tick} />
          <Tooltip labelFormatter={(d) => calendarDate(String(d))} formatter={(v) => `${number(Number(v), 1)} %`} />
          <Area type="monotone" dataKey="utilisation" name="Utilisation" stroke={colours.utilisation} fill={colours.utilisation} fillOpacity={0.2} />
        </AreaChart>
      </Figure>
      <Figure id="on-time" title="On-time shipping"
        summary={totals.onTimeRate == null ? 'No order with a due date was shipped in this period.'
          : `${number(totals.onTimeRate, 1)} % of the orders with a due date left on or before it.`}
        table={<Table rows={rows} columns={[['onTime', 'On time'], ['late', 'Late']]} />}>
        <BarChart accessibilityLayer={false} data={rows} barGap={0} barCategoryGap="10%" margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          {counts}
          <Bar dataKey="onTime" name="On time" stackId="shipped" fill={colours.onTime} />
          <Bar dataKey="late" name="Late" stackId="shipped" fill={colours.late} />
        </BarChart>
      </Figure>
    </div>
  );
}

function Figure({ id, title, summary, table, children }: { id: string; title: string; summary: string; table: ReactNode; children: ReactNode }) {
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="chart-summary">{summary}</p>
      </figcaption>
      <div className="chart-plot" aria-hidden>
        <ResponsiveContainer width="100%" height={220}>{children as never}</ResponsiveContainer>
      </div>
      <details>
        <summary>Figures per day</summary>
        {table}
      </details>
    </figure>
  );
}

function Table({ rows, columns }: { rows: ChartRow[]; columns: [keyof ChartRow, string][] }) {
  return (
    <table className="data compact">
      <thead><tr><th>Day (UTC)</th>{columns.map(([, label]) => <th key={label} className="num">{label}</th>)}</tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.day}><td>{calendarDate(r.day)}</td>{columns.map(([key]) => <td key={key} className="num">{number(r[key], 1)}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}
