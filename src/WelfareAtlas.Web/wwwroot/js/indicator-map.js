// The indicator page's choropleth: the areas of the chosen level from our own GeoJSON, each filled by its class
// (comparison with Helsinki or quintile, "no data", "suppressed") given by the page in #indicator-map-data. The
// legend and the table beside the map say the same in words; clicking an area shows its trend. The classes without
// a comparison differ by pattern as well as colour, as in the legend (atlas.css) and the map's download
// (Charts/MapChart.cs): "not compared" plain white, "no data" diagonal lines on white, "suppressed" crossed lines on grey.
(function () {
  'use strict';

  const container = document.getElementById('indicator-map');
  const dataElement = document.getElementById('indicator-map-data');
  if (!container || !dataElement || typeof echarts === 'undefined') {
    return;
  }

  // A repeating tile of lines rising to the right at 45 degrees (crossed by falling ones when crossed) on a background
  // colour, as the legend's swatches (atlas.css) and the download's patterns (Charts/MapChart.cs) draw them.
  function hatch(background, line, width, crossed) {
    const size = 6;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    context.fillStyle = background;
    context.fillRect(0, 0, size, size);
    context.strokeStyle = line;
    context.lineWidth = width;
    context.beginPath();
    // Each diagonal continues into the neighbouring tiles through the corners, so the lines join up.
    context.moveTo(-1, size + 1); context.lineTo(size + 1, -1);
    context.moveTo(-1, 1); context.lineTo(1, -1);
    context.moveTo(size - 1, size + 1); context.lineTo(size + 1, size - 1);
    if (crossed) {
      context.moveTo(-1, -1); context.lineTo(size + 1, size + 1);
      context.moveTo(size - 1, -1); context.lineTo(size + 1, 1);
      context.moveTo(-1, size - 1); context.lineTo(1, size + 1);
    }
    context.stroke();
    return { image: canvas, repeat: 'repeat' };
  }

  const fills = {
    better: '#0a7a3e', similar: '#8a6d00', worse: '#b01038', higher: '#1f4e99', lower: '#6fa3dc', 'not-compared': '#ffffff',
    q1: '#08306b', q2: '#2171b5', q3: '#6baed6', q4: '#c6dbef', q5: '#f7fbff',
    'no-data': hatch('#ffffff', '#595959', 1.5, false), suppressed: hatch('#c8c8c8', '#1a1a1a', 1, true),
  };
  const classes = JSON.parse(dataElement.textContent);

  // Areas of the layer that have no cell at all (the territorial sea, a municipality without figures) are drawn as
  // having no data: the legend counts them too, so that every fill on the map is in it with its number of areas.
  function countWithoutData(missing) {
    const legend = document.querySelector('.map-legend');
    if (!legend || missing === 0) {
      return;
    }
    let item = legend.querySelector('li[data-class="no-data"]');
    if (!item) {
      item = document.createElement('li');
      item.dataset.class = 'no-data';
      item.dataset.count = '0';
      const swatch = document.createElement('span');
      swatch.className = 'map-legend__swatch map-class--no-data';
      swatch.setAttribute('aria-hidden', 'true');
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(''));
      legend.insertBefore(item, legend.querySelector('li[data-class="suppressed"]'));
    }
    const count = parseInt(item.dataset.count, 10) + missing;
    item.dataset.count = String(count);
    item.lastChild.textContent = legend.dataset.noDataLabel + ' (' + count + ')';
  }

  fetch(container.dataset.layerUrl)
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (layer) {
      const mapName = 'indicator-' + container.dataset.layerUrl.split('/').pop();
      echarts.registerMap(mapName, layer);
      container.textContent = '';
      const chart = echarts.init(container, null, { renderer: 'svg' });
      chart.setOption({
        aria: { enabled: false },
        animation: false,
        tooltip: {
          trigger: 'item',
          formatter: function (params) {
            const item = classes[params.name];
            if (!item) {
              return echarts.format.encodeHTML(params.name);
            }
            return echarts.format.encodeHTML(item.name) + ': ' + echarts.format.encodeHTML(item.value) + '<br>' + echarts.format.encodeHTML(item.label);
          },
        },
        series: [{
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          roam: true,
          scaleLimit: { min: 1, max: 12 },
          aspectScale: Math.cos(60.2 * Math.PI / 180),
          layoutCenter: ['50%', '50%'],
          layoutSize: '95%',
          selectedMode: false,
          label: { show: false },
          itemStyle: { borderColor: '#1a1a1a', borderWidth: 0.6 },
          emphasis: { label: { show: false }, itemStyle: { borderWidth: 2, borderColor: '#0000bf' } },
          data: layer.features.map(function (feature) {
            const code = feature.properties.code;
            const item = classes[code];
            const mapClass = item ? item['class'] : 'no-data';
            return { name: code, itemStyle: { areaColor: fills[mapClass] || fills['no-data'] } };
          }),
        }],
      });
      chart.on('click', function (params) {
        if (params.name && classes[params.name]) {
          window.location.href = container.dataset.areaUrl.replace('CODE', encodeURIComponent(params.name)) + '#trend-title';
        }
      });
      window.addEventListener('resize', function () { chart.resize(); });
      countWithoutData(layer.features.filter(function (feature) { return !classes[feature.properties.code]; }).length);
      container.dataset.renderedAreas = String(layer.features.length);
      container.classList.add('is-rendered');
    })
    .catch(function () {
      container.textContent = container.dataset.unavailable;
    });
})();
