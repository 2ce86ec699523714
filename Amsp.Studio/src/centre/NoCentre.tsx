/** A manufacturer account that belongs to no AM centre: nothing to manage, said plainly. */
export function NoCentre() {
  return (
    <div className="page-message">
      <h1>No AM centre</h1>
      <p>Your account is not a manufacturer of any AM centre. An administrator adds you to your centre.</p>
    </div>
  );
}
