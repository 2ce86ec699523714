// The certificate once issued: download the PDF, and the public address anyone can check it at.
import { Link } from 'react-router';
import { dateTime } from '../shell/format';
import { certificateUrl, verifyPath, type Order } from './api';

export function CertificatePanel({ number, certificate }: { number: string; certificate: NonNullable<Order['certificate']> }) {
  const verify = `${window.location.origin}/studio${verifyPath(certificate.verificationCode)}`;
  return (
    <section aria-labelledby="certificate-title" className="certificate">
      <h2 id="certificate-title">Certificate {certificate.number}</h2>
      <p>
        Issued {dateTime(certificate.issuedAt)} · verdict <strong>{certificate.passed ? 'Passed' : 'Failed'}</strong>
      </p>
      <p className="actions">
        <a className="button primary" href={certificateUrl(number)} download={`${certificate.number}.pdf`}>Download certificate (PDF)</a>
        <Link to={verifyPath(certificate.verificationCode)}>Verify it</Link>
      </p>
      <p className="hint">Anyone can check this certificate at <code>{verify}</code> (code {certificate.verificationCode}).</p>
    </section>
  );
}
