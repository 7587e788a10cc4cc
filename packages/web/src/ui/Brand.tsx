export function Brand() {
  return (
    <span className="brand">
      <span className="brand__mark" aria-hidden="true">
        B
      </span>
      <span className="brand__name">Bnder</span>
    </span>
  );
}
