/** The report's inline stylesheet: no external fonts, images or requests. */
export const HTML_STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header,section{padding:0 1.5rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;border-bottom:1px solid #ccc;margin-top:1.5rem}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:top}
.columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(24rem,1fr);gap:1rem;overflow-x:auto;padding:0 1.5rem}
.article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:0 1rem;max-height:80vh;overflow-y:auto}
.article h3{position:sticky;top:0;background:#fff;margin:0;padding:.6rem 0;border-bottom:1px solid #eee}
.hl{cursor:pointer;border-radius:2px}.hl-fact{background:#e6f0ff}.hl-quote{background:#fff1c2}
.hl-number{text-decoration:underline dotted #2a7}.hl-conflict{background:#ffd6d6}
.flash{outline:3px solid #f80}
del{background:#ffd6d6;text-decoration:line-through}ins{background:#d4f7d4;text-decoration:none;font-weight:600}
.cite{font-size:.8em;margin-left:.2em}.some{color:#a50;font-size:.8em}
.note{background:#fff3cd;padding:.5rem 1rem;border-radius:4px}
`;

/**
 * The report's inline script: citations and highlights scroll the linked passages into view.
 * It reads only ids and data attributes the renderer wrote, never article text into markup.
 */
export const HTML_SCRIPT = `
(function(){
  function flash(element){element.classList.add('flash');setTimeout(function(){element.classList.remove('flash')},1500)}
  function show(id){var anchor=document.getElementById(id);if(!anchor)return;
    var target=anchor.nextElementSibling&&anchor.nextElementSibling.classList.contains('hl')?anchor.nextElementSibling:anchor;
    target.scrollIntoView({block:'center'});flash(target)}
  document.addEventListener('click',function(event){
    var cite=event.target.closest&&event.target.closest('a.cite');
    if(cite){event.preventDefault();show(cite.getAttribute('href').slice(1));return}
    var mark=event.target.closest&&event.target.closest('.hl');if(!mark)return;
    var article=mark.closest('.article');var ids=(mark.getAttribute('data-alignments')||'').split(' ');
    var links=window.PARALLAX_LINKS||{};
    ids.forEach(function(id){(links[id]||[]).forEach(function(anchorId){
      var anchor=document.getElementById(anchorId);if(anchor&&anchor.closest('.article')!==article)show(anchorId)})})
  });
})();
`;
