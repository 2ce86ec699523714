// The quotes side by side, one card per AM centre: what it charges for, the total, the lead time and until when the
// offer holds. Accept on each offered quote; Reject all below them.
import { dateTime, days, money, number } from '../shell/format';
import type { Quote } from './api';

const quoteStatus: Record<Quote['status'], string> = {
  Offered: 'Offered', Accepted: 'Accepted', Rejected: 'Rejected', Expired: 'Expired', Failed: 'Could not quote',
};

export function QuoteCards({ quotes, busy, onAccept }: { quotes: Quote[]; busy: boolean; onAccept?: (q: Quote) => void }) {
  return (
    <div className="quotes">
      {quotes.map((q) => (
        <article key={q.id} className={`quote quote-${q.status.toLowerCase()}`} aria-label={`Quote from ${q.amCentreName}`}>
          <header>
            <h3>{q.amCentreName}</h3>
            <span className="badge">{quoteStatus[q.status]}</span>
          </header>
          {q.status === 'Failed' ? <p className="field-error">{q.failureReason}</p> : (
            <>
              <table className="lines">
                <thead><tr><th>Item</th><th className="num">Qty</th><th className="num">Amount</th></tr></thead>
                <tbody>
                  {q.lines.map((l, i) => (
                    <tr key={i}>
                      <td>{l.description}</td>
                      <td className="num">{number(l.quantity)}</td>
                      <td className="num">{money(l.amount, q.currency)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot><tr><th colSpan={2}>Total</th><td className="num total">{money(q.total, q.currency)}</td></tr></tfoot>
              </table>
              <dl className="facts-grid">
                <dt>Lead time</dt><dd>{days(q.leadTimeDays)}</dd>
                <dt>Valid until</dt><dd>{dateTime(q.validUntil)}</dd>
              </dl>
            </>
          )}
          {onAccept && q.status === 'Offered' && (
            <button type="button" className="primary" disabled={busy} onClick={() => onAccept(q)}>
              Accept {money(q.total, q.currency)}
            </button>
          )}
        </article>
      ))}
    </div>
  );
}
