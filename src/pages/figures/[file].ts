/** Each benchmark figure as files: figures/<id>.svg (all its panels, for papers and slides) and figures/<id>.csv (its plotted points). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citeFigure, siteFigures, type FigureId } from '../../content/figures';
import { figureCsv } from '../../plots/figure-data';
import { renderFigureFile } from '../../plots/render';

export const getStaticPaths: GetStaticPaths = async () => {
  const { figures } = await siteFigures();
  return (Object.keys(figures) as FigureId[]).flatMap((id) => ['svg', 'csv'].map((ext) => ({ params: { file: `${id}.${ext}` }, props: { id, ext } })));
};

export const GET: APIRoute = async ({ props, site }) => {
  const { id, ext } = props as { id: FigureId; ext: 'svg' | 'csv' };
  const all = await siteFigures();
  const figure = all.figures[id];
  const cite = citeFigure(all, id, site);
  if (ext === 'csv') return new Response(`# ${cite}\n${figureCsv(figure)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(renderFigureFile(figure, cite), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
