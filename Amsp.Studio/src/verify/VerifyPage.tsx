// Public: anyone holding a certificate checks it by its code, signed in or not.
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError, call } from '../api/client';
import { ProblemBox } from '../shell/ProblemBox';
import { dateTime } from '../shell/format';

export function VerifyPage() {
  const code = useParams().code ?? '';
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  const answer = useQuery({
    queryKey: ['verify', code],
    queryFn: () => call(api.GET('/api/certificates/verify/{code}', { params: { path: { code } } })),
    enabled: code.trim() !== '',
    retry: false,
  });
  const notFound = answer.error instanceof ApiError && answer.error.status === 404;

  function check(e: FormEvent) {
    e.preventDefault();
    if (typed.trim()) navigate(`/verify/${encodeURIComponent(typed.trim())}`);
  }

  return (
    <div className="verify">
      <div className="verify-card">
        <div className="brand">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={24} height={24} /> AMSP certificate check
        </div>
        <form onSubmit={check} className="verify-form">
          <label htmlFor="verify-code">Verification code</label>
          <div className="row-inline">
            <input id="verify-code" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
            <button type="submit" className="primary">Check</button>
          </div>
        </form>
        {answer.isFetching && <p role="status">Checking {code}…</p>}
        {notFound && (
          <div className="problem" role="alert">
            <strong>Not found</strong>
            <p>No certificate has the code “{code}”. Check the code on the certificate; if it is right, the copy you hold may not be genuine.</p>
          </div>
        )}
        {answer.isError && !notFound && <ProblemBox error={answer.error} onRetry={() => answer.refetch()} />}
        {answer.data && (
          <section aria-label="Certificate" className="verified">
            <p className={`verdict-banner verdict-${answer.data.verdict === 'Passed' ? 'pass' : 'fail'}`}>
              {answer.data.verdict === 'Passed' ? '✓ Genuine certificate: the parts passed inspection' : '✓ Genuine certificate: the parts failed inspection'}
            </p>
            <dl className="facts-grid">
              <dt>Certificate</dt><dd>{answer.data.number}</dd>
              <dt>Issued</dt><dd>{dateTime(answer.data.issuedAt)}</dd>
              <dt>Part</dt><dd>{answer.data.part}</dd>
              <dt>Verdict</dt><dd>{answer.data.verdict}</dd>
              <dt>SHA-256 of the PDF</dt><dd><code className="hash">{answer.data.sha256}</code></dd>
            </dl>
            <p className="hint">A PDF is the genuine, unaltered copy only if its SHA-256 is this one (e.g. <code>sha256sum file.pdf</code>).</p>
          </section>
        )}
      </div>
    </div>
  );
}
