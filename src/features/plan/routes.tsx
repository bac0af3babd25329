/** Placeholder routes for the plan feature; replaced by the feature's own screens. */
export default function PlanRoutes() {
  return <h1>Plan</h1>;
}
