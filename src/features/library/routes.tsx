/** Placeholder routes for the library feature; replaced by the feature's own screens. */
export default function LibraryRoutes() {
  return <h1>Library</h1>;
}
