/** Placeholder routes for the organizer feature; replaced by the feature's own screens. */
export default function OrganizerRoutes() {
  return <h1>Organizer</h1>;
}
